"""Generate the client into a temporary folder, then swap it in atomically.

A failure at any step raises a ``CodegenError`` before the swap, so the
previous ``generated/`` is left exactly as it was. The steps themselves are
:func:`.tree.build_tree`; replacing the folder is :mod:`.swap`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .normalize import validate_document
from .output_lock import output_lock
from .swap import carry_over, folder_mode, recover, swap
from .tree import CHANGELOG_FILE, build_tree


@dataclass(frozen=True)
class Result:
    output: Path
    lock: dict[str, Any]


def generate(spec: dict[str, Any], output: Path, corrections_dir: Path | None) -> Result:
    """Normalize ``spec``, generate, and replace ``output`` with the result.

    Runs under :func:`output_lock`, so a second run into the same folder waits instead of
    deleting this run's staging folder as a leftover.
    """
    validate_document(spec, source="the spec")
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    with output_lock(output):
        recover(output)
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
        try:
            lock = build_tree(spec, staging, corrections_dir)
            carry_over(output, staging, CHANGELOG_FILE)
            # mkdtemp makes 0700: the swapped-in tree keeps the mode the old one had.
            os.chmod(staging, folder_mode(output))
            swap(staging, output)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return Result(output=output, lock=lock)

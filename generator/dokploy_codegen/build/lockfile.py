"""``spec.lock.json``: what a generated tree was made from (spec, corrections, tool versions)
and what it holds (``output_sha256``).

``check`` and ``upgrade`` compare against it; only what changes the output is in it. The
output's own hash also covers what shapes it beyond the spec and the corrections (the
templates, the generator, the hand-written resources the registry wires), so no change of
the generated code leaves the lock as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from ..corrections import Corrections
from ..naming import iter_operations
from .normalize import spec_version


def lock_data(
    spec: dict[str, Any],
    spec_file: str,
    raw: bytes,
    corrections: Corrections,
    normalized: dict[str, Any],
    output: tuple[Path, Iterable[Path]],
) -> dict[str, Any]:
    """The lock of a tree whose spec, serialized as ``raw``, is written to ``spec_file``;
    ``output``: the tree's folder and the generated files and folders in it."""
    operations = sorted(name for name, *_ in iter_operations(spec))
    typed = [
        name
        for name, *_rest, op in iter_operations(normalized)
        if op["responses"]["200"].get("content", {}).get("application/json", {}).get("schema") != {}
    ]
    return {
        "dokploy_version": spec_version(spec),
        "openapi": spec.get("openapi"),
        "spec_file": spec_file,
        "spec_sha256": hashlib.sha256(raw).hexdigest(),
        "operations": len(operations),
        "typed_responses": len(typed),
        "corrections_sha256": _corrections_hash(corrections),
        "output_sha256": _output_hash(*output),
        # Only what changes the output: the interpreter does not (ruff targets py310).
        "tools": {
            "openapi-python-client": _version("openapi-python-client"),
            "ruff": _version("ruff"),
        },
    }


def _corrections_hash(corrections: Corrections) -> str:
    blob = json.dumps([corrections.schemas, corrections.operations, corrections.facts], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _output_hash(root: Path, parts: Iterable[Path]) -> str:
    """Every file under ``parts``, by its path below ``root`` and its bytes, in path order."""
    found = (f for part in parts for f in ([part] if part.is_file() else part.rglob("*")))
    files = sorted(f for f in found if f.is_file())
    digest = hashlib.sha256()
    for path in files:
        digest.update(f"{path.relative_to(root).as_posix()}\0{path.stat().st_size}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"

"""Format the generated package with ruff, as ``check`` expects it byte for byte.

Two passes: drop the imports a template brought but the module does not use (and sort them),
then format. Nothing else is fixed: any other lint finding in generated code is the templates'
to fix (CI lints ``generated/``), not this step's to hide.
"""

from __future__ import annotations

import importlib
import subprocess
from pathlib import Path

from ..errors import ToolError

_RUFF_MODULE = "ruff"
_RUFF_ARGS = ("--isolated", "--no-cache", "--line-length", "120", "--target-version", "py310")


def _ruff_binary() -> str:
    """The ruff executable itself: ``python -m ruff`` run inside the generated package would
    import its ``types.py`` in place of the standard module."""
    try:
        module = importlib.import_module(_RUFF_MODULE)
        return str(module.find_ruff_bin())
    except (ImportError, AttributeError, FileNotFoundError) as exc:
        raise ToolError("ruff is not installed: pip install 'dokploy-client[codegen]'") from exc


def run_ruff(package_dir: Path) -> None:
    ruff = _ruff_binary()
    commands = (
        ["check", *_RUFF_ARGS, "--select", "F401,I,TC001", "--fix-only", "--unsafe-fixes", "--quiet", "."],
        ["format", *_RUFF_ARGS, "--quiet", "."],
    )
    for args in commands:
        try:
            proc = subprocess.run(
                [ruff, *args],
                cwd=package_dir,
                capture_output=True,
                text=True,
                check=False,
            )
        except OSError as exc:
            raise ToolError(f"could not run ruff ({ruff}): {exc.strerror or exc}") from exc
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            raise ToolError(f"ruff {args[0]} failed: {detail[0] if detail else proc.returncode}")

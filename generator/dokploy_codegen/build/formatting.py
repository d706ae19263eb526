"""Format the generated package with ruff, as ``check`` expects it byte for byte.

Two passes: drop the imports a template brought but the module does not use (and sort them),
then format. The first pass only lints, which is cheap, and fixes just the modules it flags:
the templates emit the imports each module uses, so most need no fix, and ruff's fix loop
(re-linting a module after each fix) was ~2/3 of ruff's time. Nothing else is fixed: any
other lint finding in generated code is the templates' to fix (CI lints ``generated/``), not
this step's to hide.
"""

from __future__ import annotations

import importlib
import json
import subprocess
from pathlib import Path

from ..errors import ToolError

_RUFF_MODULE = "ruff"
_RUFF_ARGS = ("--isolated", "--no-cache", "--line-length", "120", "--target-version", "py310")
_IMPORT_RULES = ("--select", "F401,I,TC001")


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
    flagged = _modules_with_import_findings(ruff, package_dir)
    if flagged:
        _ruff(ruff, package_dir, "check", *_IMPORT_RULES, "--fix-only", "--unsafe-fixes", "--quiet", *flagged)
    _ruff(ruff, package_dir, "format", "--quiet", ".")


def _modules_with_import_findings(ruff: str, package_dir: Path) -> list[str]:
    """Modules (relative to ``package_dir``) with an unused, unsorted or runtime-only import."""
    proc = _ruff(ruff, package_dir, "check", *_IMPORT_RULES, "--output-format", "json", "--exit-zero", ".")
    try:
        findings = json.loads(proc.stdout)
        files = {Path(finding["filename"]) for finding in findings}
    except (ValueError, TypeError, KeyError) as exc:
        raise ToolError(f"ruff check gave output that is not its JSON report: {exc}") from exc
    return sorted(str(path.relative_to(package_dir.resolve())) for path in files)


def _ruff(ruff: str, package_dir: Path, command: str, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        proc = subprocess.run(
            [ruff, command, *_RUFF_ARGS, *args],
            cwd=package_dir,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as exc:
        raise ToolError(f"could not run ruff ({ruff}): {exc.strerror or exc}") from exc
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise ToolError(f"ruff {command} failed: {detail[0] if detail else proc.returncode}")
    return proc

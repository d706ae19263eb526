"""``dokploy-codegen check``: is ``generated/`` what the locked spec produces?"""

from __future__ import annotations

import filecmp
import json
import tempfile
from pathlib import Path

from .build.tree import LOCK_FILE, SPEC_FILE, build_tree
from .errors import CheckFailed, SpecError
from .pull import load_spec_file


def locked_spec(generated: Path) -> Path:
    path = generated / SPEC_FILE
    if not path.is_file():
        raise SpecError(
            f"no locked spec at {path}: run 'dokploy-codegen generate --spec FILE' or '--url URL' first"
        )
    return path


def check(generated: Path, corrections_dir: Path | None) -> None:
    """Regenerate into a temporary folder and compare file by file."""
    spec = load_spec_file(locked_spec(generated))
    with tempfile.TemporaryDirectory(prefix="dokploy-check-") as tmp:
        fresh = Path(tmp)
        build_tree(spec, fresh, corrections_dir)
        differences = _differences(fresh, generated)
        if differences:
            shown = "; ".join(differences[:5]) + (" ..." if len(differences) > 5 else "")
            hint = _tool_hint(fresh, generated)
            raise CheckFailed(
                f"generated/ is out of date ({len(differences)} differences: {shown}){hint}; "
                "run 'dokploy-codegen generate' and commit the result"
            )


def _differences(fresh: Path, current: Path) -> list[str]:
    found: list[str] = []
    for rel in sorted(_files(fresh) | _files(current)):
        a, b = fresh / rel, current / rel
        if rel.startswith(("CHANGELOG",)):
            continue
        if not b.exists():
            found.append(f"missing {rel}")
        elif not a.exists():
            found.append(f"unexpected {rel}")
        elif not filecmp.cmp(a, b, shallow=False):
            found.append(f"differs {rel}")
    return found


def _files(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _tool_hint(fresh: Path, current: Path) -> str:
    try:
        new = json.loads((fresh / LOCK_FILE).read_text())["tools"]
        old = json.loads((current / LOCK_FILE).read_text())["tools"]
    except (OSError, ValueError, KeyError):
        return ""
    if new != old:
        return f" (tool versions differ: locked {old}, installed {new})"
    return ""

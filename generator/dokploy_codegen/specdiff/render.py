"""Human-readable rendering of a :class:`~dokploy_codegen.specdiff.diff.SpecDiff`.

Imports the diff, never the other way round: ``SpecDiff`` has no ``render_text`` method that
would import this module back (that was the ``specdiff`` <-> ``specdiff_render`` cycle).
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .diff import Change, SpecDiff


def render_text(diff: SpecDiff) -> str:
    """Headline counts first (what a reviewer needs), then one section per list."""
    lines = [
        f"Spec diff: {len(diff.added)} added, {len(diff.removed)} removed, "
        f"{len(diff.breaking)} breaking, {len(diff.changed)} other changes",
        "BREAKING CHANGES PRESENT" if diff.has_breaking else "No breaking changes",
    ]
    lines += _names("Removed operations, breaking", diff.removed, "-")
    others = [c for c in diff.breaking if c.kind != "operation-removed"]
    lines += _changes("Breaking changes in kept operations", others)
    lines += _names("Added operations", diff.added, "+")
    lines += _changes("Other changes", diff.changed)
    return "\n".join(lines) + "\n"


def _names(title: str, names: list[str], mark: str) -> list[str]:
    if not names:
        return []
    return ["", f"{title} ({len(names)}):", *(f"  {mark} {n}" for n in names)]


def _changes(title: str, changes: list[Change]) -> list[str]:
    if not changes:
        return []
    lines = ["", f"{title} ({len(changes)}):"]
    for operation, group in groupby(changes, key=lambda c: c.operation):
        lines.append(f"  {operation}")
        lines += [f"    [{c.kind}] {c.detail}" for c in group]
    return lines

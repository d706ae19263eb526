"""The texts an upgrade produces: the report for the user and the ``CHANGELOG.md`` entry.

Kept apart from the workflow so the wording can change without touching what is computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from ..specdiff.diff import Change, SpecDiff
from .cassettes import CassetteScan
from .overrides import StaleOperation


@dataclass(frozen=True)
class Findings:
    """Everything an upgrade learned; ``old_lock``/``new_lock`` are spec.lock.json contents."""

    source: str
    pulled: bool  # source is the instance's address: say it on screen, never in a file
    old_lock: dict[str, Any]
    new_lock: dict[str, Any]
    diff: SpecDiff
    stale_operations: list[StaleOperation]
    stale_fields: dict[str, list[str]]
    untyped_new: list[str]
    cassettes: CassetteScan
    output: Path
    changelog: Path | None  # None: no entry written (nothing changed)


def unchanged(findings: Findings) -> bool:
    """The regenerated tree is the old one: same spec, corrections and tools, and the same
    output (a template or a hand-written resource can change it alone)."""
    old, new = findings.old_lock, findings.new_lock
    keys = ("spec_sha256", "corrections_sha256", "tools", "output_sha256")
    return all(old.get(key) == new.get(key) for key in keys)


def versions(findings: Findings, arrow: str = "->") -> str:
    old = findings.old_lock.get("dokploy_version", "unknown")
    return f"Dokploy {old} {arrow} {findings.new_lock['dokploy_version']}"


def render_report(findings: Findings) -> str:
    """Headline first, then one section per question the issue asks, empty ones included."""
    diff, lock = findings.diff, findings.new_lock
    lines = [
        f"Upgrade: {versions(findings)} (spec from {findings.source})",
        f"Regenerated {findings.output}: {lock['operations']} operations, "
        f"{lock['typed_responses']} typed responses (spec sha256 {lock['spec_sha256'][:12]})",
        f"Diff: {len(diff.added)} added, {len(diff.removed)} removed, "
        f"{len(diff.breaking)} breaking, {len(diff.changed)} other changes",
    ]
    lines += _breaking(diff.breaking)
    lines += _stale(findings.stale_operations, findings.stale_fields)
    lines += _section("New operations without typed responses", findings.untyped_new)
    lines += _cassettes(findings.cassettes, lock["dokploy_version"])
    if findings.changelog is None:
        lines += ["", "Nothing changed (same spec and corrections as the lock): no changelog entry written"]
    else:
        lines += ["", f"Changelog entry appended to {findings.changelog}"]
    return "\n".join(lines) + "\n"


def _section(title: str, items: list[str], empty: str = "none") -> list[str]:
    if not items:
        return ["", f"{title}: {empty}"]
    return ["", f"{title} ({len(items)}):", *(f"  {item}" for item in items)]


def _breaking(changes: list[Change]) -> list[str]:
    if not changes:
        return ["", "Breaking changes: none"]
    lines = ["", f"Breaking changes ({len(changes)}):"]
    for operation, group in groupby(changes, key=lambda c: c.operation):
        lines.append(f"  {operation}")
        lines += [f"    [{c.kind}] {c.detail}" for c in group]
    return lines


def _stale(operations: list[StaleOperation], fields: dict[str, list[str]]) -> list[str]:
    ops = [
        f"{s.name}  ({'removed by this upgrade' if s.removed_now else 'not in the locked spec either'})"
        for s in operations
    ]
    lines = _section("Stale overrides: corrections for operations that no longer exist", ops)
    named = [f"{op}: {', '.join(paths)}" for op, paths in sorted(fields.items())]
    lines += _section(
        "Stale overrides: correction fields missing from the spec's published response",
        named,
        empty="none (checked only where the spec publishes a 200 schema with fields)",
    )
    if operations or fields:
        lines.append(
            "Stale corrections are kept in overrides/corrections: review, then delete or update them."
        )
    return lines


def _cassettes(scan: CassetteScan, version: str) -> list[str]:
    title = "Cassettes to re-record (they call changed operations and were recorded on another version)"
    touching = [f"{path}: {', '.join(ops)}" for path, ops in sorted(scan.touching.items())]
    current = f", {scan.current} already recorded on {version}" if scan.current else ""
    lines = _section(title, touching, empty=f"none ({scan.scanned} cassette files scanned{current})")
    command = scan.record_command()
    if command is not None:
        lines += [
            f"Re-record them against the upgraded Dokploy {version} (the kit creates and removes its "
            "own resources; the key needs rate limiting disabled):",
            f"  DOKPLOY_API_URL=https://dokploy.example.com DOKPLOY_API_KEY=... {command}",
        ]
    unreadable = [f"{path}: {why}" for path, why in sorted(scan.unreadable.items())]
    if unreadable:
        lines += _section("Cassettes that could not be read (check them by hand)", unreadable)
    return lines


def changelog_entry(findings: Findings, today: date) -> str:
    """A Markdown section: date, versions, counts, then every breaking change."""
    diff, old, new = findings.diff, findings.old_lock, findings.new_lock
    spec = "pulled from the instance" if findings.pulled else findings.source
    lines = [
        f"## {today.isoformat()}: {versions(findings, '→')}",
        "",
        f"- Spec: {spec} (sha256 {str(old.get('spec_sha256', '?'))[:12]} → "
        f"{new['spec_sha256'][:12]}, OpenAPI {old.get('openapi', '?')} → {new['openapi']})",
        f"- Operations: {old.get('operations', '?')} → {new['operations']} "
        f"({len(diff.added)} added, {len(diff.removed)} removed); typed responses: "
        f"{old.get('typed_responses', '?')} → {new['typed_responses']}",
        f"- Changes: {len(diff.breaking)} breaking, {len(diff.changed)} other",
        f"- Stale corrections: {len(findings.stale_operations)} operations, "
        f"{sum(len(v) for v in findings.stale_fields.values())} fields",
        f"- New operations without typed responses: {len(findings.untyped_new)}",
    ]
    if diff.breaking:
        lines.append("- Breaking:")
        lines += [f"  - `{c.operation}` [{c.kind}] {c.detail}" for c in diff.breaking]
    return "\n".join(lines) + "\n"

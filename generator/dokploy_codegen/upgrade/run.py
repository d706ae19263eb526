"""``dokploy-codegen upgrade``: pull, diff against the lock, regenerate, report, log.

Order matters for safety. Everything that can fail on bad input (reading the spec, diffing,
scanning overrides and cassettes) runs before :func:`.generate`, which swaps the new tree
in atomically; the changelog entry is appended only after that swap succeeded, into the new
tree (generate carries the old ``CHANGELOG.md`` over). So a failed upgrade leaves
``generated/`` byte for byte as it was and logs nothing. An upgrade that changes nothing (same
spec and corrections as the lock) writes no entry, and no entry ever names the instance's
address: ``CHANGELOG.md`` is meant to be committed.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from ..build.generate import generate
from ..build.normalize import spec_version
from ..build.output_lock import output_lock
from ..build.tree import CHANGELOG_FILE, LOCK_FILE
from ..check import locked_spec
from ..corrections import Corrections
from ..errors import CodegenError, SpecError
from ..naming import iter_operations
from ..pull import load_spec_file, pull
from ..specdiff.diff import SpecDiff, diff_specs
from .cassettes import scan_cassettes
from .overrides import (
    stale_fields,
    stale_operations,
    untyped_operations,
)
from .report import Findings, changelog_entry, render_report, unchanged

CASSETTES_DIR = "cassettes"
CHANGELOG_HEADER = (
    "# Changelog of the generated client\n\nOne entry per `dokploy-codegen upgrade`, newest last.\n"
)


def upgrade(
    url: str | None,
    api_key: str | None,
    spec_path: Path | None,
    output: Path,
    corrections_dir: Path | None,
    repo_root: Path,
    *,
    lock_dir: Path | None = None,
) -> str:
    """Upgrade ``output`` to the spec at ``spec_path`` (or pulled from ``url``); the report.

    ``lock_dir`` holds the lock to compare with when it is not ``output``'s own (the one an
    installed package ships, before the first regeneration into ``output``).
    """
    new, source = _new_spec(url, api_key, spec_path)
    lock_dir = output if lock_dir is None else lock_dir
    old = load_spec_file(locked_spec(lock_dir))
    corrections = Corrections.load(corrections_dir)
    diff = _diff(old, new, corrections)
    findings = Findings(
        source=source,
        pulled=spec_path is None,
        old_lock=_old_lock(old, lock_dir),
        new_lock={},  # known once generation succeeded
        diff=diff,
        stale_operations=stale_operations(corrections, old, new),
        stale_fields=stale_fields(corrections, new),
        untyped_new=untyped_operations(corrections, diff.added),
        cassettes=scan_cassettes(repo_root / CASSETTES_DIR, _touched(diff), repo_root, spec_version(new)),
        output=output,
        changelog=None,
    )
    with output_lock(output):
        result = generate(new, output, corrections_dir)
        findings = replace(findings, new_lock=result.lock)
        if not unchanged(findings):
            changelog = result.output / CHANGELOG_FILE
            append_changelog(changelog, changelog_entry(findings, date.today()))
            findings = replace(findings, changelog=changelog)
    return render_report(findings)


def _new_spec(url: str | None, api_key: str | None, spec_path: Path | None) -> tuple[dict[str, Any], str]:
    if spec_path is not None and url:
        raise SpecError("pass either --spec FILE or --url URL, not both")
    if spec_path is not None:
        return load_spec_file(spec_path), spec_path.name
    spec = pull(url, api_key)
    return spec, url or os.environ.get("DOKPLOY_API_URL", "$DOKPLOY_API_URL")


def _diff(old: dict[str, Any], new: dict[str, Any], corrections: Corrections) -> SpecDiff:
    """Corrections stand in for responses on both sides, as the issue asks.

    Their ``$ref`` s stay unresolved (read as any type): both sides share one corrections
    folder, so resolving could add nothing but time.
    """
    schemas = corrections.response_schemas()
    try:
        return diff_specs(old, new, old_corrections=schemas, new_corrections=schemas)
    except ValueError as exc:  # e.g. one operation spelled with both path styles
        raise SpecError(f"cannot diff the new spec: {exc}; is it a Dokploy spec?") from exc


def _touched(diff: SpecDiff) -> set[str]:
    """Operations whose recordings may no longer match: any change at all, breaking or not."""
    changes = [*diff.breaking, *diff.changed]
    return {*diff.added, *diff.removed, *(c.operation for c in changes)}


def _old_lock(old: dict[str, Any], output: Path) -> dict[str, Any]:
    """The previous lock file, with version/counts taken from the locked spec itself."""
    try:
        lock: dict[str, Any] = json.loads((output / LOCK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        lock = {}
    return {
        **(lock if isinstance(lock, dict) else {}),
        "dokploy_version": spec_version(old),
        "openapi": old.get("openapi"),
        "operations": sum(1 for _ in iter_operations(old)),
    }


def append_changelog(path: Path, entry: str) -> None:
    """Append ``entry`` (creating the file with a header); the file is replaced atomically."""
    try:
        current = path.read_text(encoding="utf-8") if path.exists() else CHANGELOG_HEADER
        _write_atomically(path, current.rstrip("\n") + "\n\n" + entry)
    except OSError as exc:
        raise CodegenError(
            f"{path.parent} was regenerated but its changelog could not be written ({exc}); "
            "add the entry by hand or rerun the upgrade"
        ) from exc


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise

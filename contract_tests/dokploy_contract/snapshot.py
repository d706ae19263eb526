"""Proof that a record/live run left the instance's other projects alone.

The guard prevents foreign mutations call by call; this is the end-to-end
check: ``project.all`` before the run and after, compared field by field, with
the run's own prefixed projects left out.
"""

from __future__ import annotations

import json
from typing import Any

from dokploy import Dokploy


def take(client: Dokploy, run_prefix: str) -> dict[str, Any]:
    """Every project not created by this run, by id, as the server sent it (raw JSON)."""
    raw = client._engine.request("project.all", method="GET", url="/project.all")
    return {
        str(p["projectId"]): p
        for p in raw or []
        if isinstance(p, dict) and not str(p.get("name", "")).startswith(run_prefix)
    }


def leftovers(client: Dokploy, run_prefix: str) -> list[str]:
    """Names of this run's projects that still exist (teardown failed)."""
    raw = client._engine.request("project.all", method="GET", url="/project.all")
    return [str(p["name"]) for p in raw or [] if str(p.get("name", "")).startswith(run_prefix)]


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What changed, one line per project; empty when nothing did."""
    changes = []
    for pid in sorted(before.keys() - after.keys()):
        changes.append(f"project {before[pid].get('name')!r} ({pid}) disappeared")
    for pid in sorted(after.keys() - before.keys()):
        changes.append(f"project {after[pid].get('name')!r} ({pid}) appeared without the run prefix")
    for pid in sorted(before.keys() & after.keys()):
        old, new = json.dumps(before[pid], sort_keys=True), json.dumps(after[pid], sort_keys=True)
        if old != new:
            changes.append(f"project {before[pid].get('name')!r} ({pid}) changed")
    return changes

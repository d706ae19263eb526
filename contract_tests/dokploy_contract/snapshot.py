"""Proof that a record/live run left everything it did not create alone.

The guard prevents foreign mutations call by call; this is the end-to-end
check: every listable resource kind of the facts table (``snapshot.reads``:
projects, servers, destinations, notifications, SSH keys, registries,
certificates, git providers, users, organizations, Traefik and web-server
settings, ...) read before the run and after, compared field by field, with
the run's own prefixed records and fields that change by themselves (a key's
``lastRequest``) left out.
"""

from __future__ import annotations

import json
from typing import Any

from dokploy import Dokploy, DokployError

from .facts import Facts, load

# Fields naming a record: an item carrying the run prefix in one of them is the run's own.
NAME_FIELDS = ("name", "appName", "host", "registryName", "roleName", "email")


def _read(client: Dokploy, read: str) -> Any:
    operation, _, query = read.partition("?")
    params = dict(pair.split("=", 1) for pair in query.split("&") if "=" in pair) or None
    try:
        return client.call_json(operation, params)
    except DokployError as exc:  # a read this instance cannot answer: its answer is still compared
        return {"error": type(exc).__name__, "status": getattr(exc, "status_code", None)}


def _strip(value: Any, volatile: frozenset[str], run_prefix: str, own: frozenset[str]) -> Any:
    """``value`` without volatile fields and without the run's own records (iteratively).

    ``own``: ids the run created. Dokploy adds a new project's ids to the member's
    ``accessedProjects`` (and keeps them after the project is gone): those list
    entries are the run's, not a change to a record that was there.
    """
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(value, root, 0)]
    while stack:
        node, holder, slot = stack.pop()
        if isinstance(node, dict):
            holder[slot] = new = {k: None for k in node if k not in volatile}
            stack.extend((v, new, k) for k, v in node.items() if k not in volatile)
        elif isinstance(node, list):
            kept = [
                item
                for item in node
                if not (
                    isinstance(item, dict)
                    and any(str(item.get(f) or "").startswith(run_prefix) for f in NAME_FIELDS)
                )
                and not (isinstance(item, str) and item in own)
            ]
            holder[slot] = new_list = [None] * len(kept)
            stack.extend((item, new_list, i) for i, item in enumerate(kept))
        else:
            holder[slot] = node
    return root[0]


def take(
    client: Dokploy, run_prefix: str, facts: Facts | None = None, own: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """Every listable kind, as the server sent it, minus the run's records and volatile fields."""
    table = facts or load()
    volatile = table.snapshot_volatile
    return {read: _strip(_read(client, read), volatile, run_prefix, own) for read in table.snapshot_reads}


def leftovers(client: Dokploy, run_prefix: str) -> list[str]:
    """Names of this run's projects that still exist (teardown failed)."""
    raw = client.call_json("project.all")
    return [str(p["name"]) for p in raw or [] if str(p.get("name", "")).startswith(run_prefix)]


def _count(value: Any) -> int:
    return len(value) if isinstance(value, list) else 1


def figures(snapshot: dict[str, Any]) -> str:
    """``34 kinds, 57 records``: what a comparison covered, for the run's closing line."""
    return f"{len(snapshot)} listable kinds, {sum(_count(v) for v in snapshot.values())} records"


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What changed, one line per kind (and per project); empty when nothing did."""
    changes = []
    for read in sorted(before.keys() | after.keys()):
        old, new = before.get(read), after.get(read)
        if read == "project.all" and isinstance(old, list) and isinstance(new, list):
            changes += _compare_projects(old, new)
        elif json.dumps(old, sort_keys=True) != json.dumps(new, sort_keys=True):
            changes.append(f"{read} changed ({_count(old)} records before, {_count(new)} after)")
    return changes


def _compare_projects(old: list[Any], new: list[Any]) -> list[str]:
    before = {str(p.get("projectId")): p for p in old if isinstance(p, dict)}
    after = {str(p.get("projectId")): p for p in new if isinstance(p, dict)}
    changes = []
    for pid in sorted(before.keys() - after.keys()):
        changes.append(f"project {before[pid].get('name')!r} ({pid}) disappeared")
    for pid in sorted(after.keys() - before.keys()):
        changes.append(f"project {after[pid].get('name')!r} ({pid}) appeared without the run prefix")
    for pid in sorted(before.keys() & after.keys()):
        if json.dumps(before[pid], sort_keys=True) != json.dumps(after[pid], sort_keys=True):
            changes.append(f"project {before[pid].get('name')!r} ({pid}) changed")
    return changes

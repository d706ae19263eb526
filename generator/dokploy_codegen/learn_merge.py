"""Merge freshly learned corrections into the stored ones.

Hand edits win (``source: manual`` operations, ``x-manual: true`` schemas); traffic
evidence only widens what earlier traffic established (a new cassette adds to, never
forgets, what older recordings showed); derivations without traffic are recomputed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .learn_db import NULL, nullable
from .learn_infer import collect_refs
from .learn_union import Schema, union

Entry = dict[str, Any]

MANUAL = "manual"
TRAFFIC = "traffic"


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Pretty, key-sorted, newline-terminated: diffs of the corrections read well."""
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def merge_operations(old: dict[str, Entry], fresh: dict[str, Entry]) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for op in sorted(set(old) | set(fresh)):
        if op not in fresh:
            out[op] = old[op]
        elif op not in old:
            out[op] = fresh[op]
        else:
            out[op] = _merge_entry(old[op], fresh[op])
    return out


def _merge_entry(old: Entry, fresh: Entry) -> Entry:
    if old.get("source") == MANUAL:
        return old
    if old.get("source") == TRAFFIC and fresh.get("source") == TRAFFIC:
        return _union_entries(old, fresh)
    if old.get("source") == TRAFFIC:
        return old
    return fresh


def _union_entries(old: Entry, fresh: Entry) -> Entry:
    a, b = old.get("schema"), fresh.get("schema")
    if a == b:
        return old
    merged = dict(old)
    if a is None or b is None:
        present = a if a is not None else b
        merged["schema"] = nullable(present) if present is not None else NULL
        merged["note"] = "answered both JSON and an empty body; empty parses as None"
    else:
        merged["schema"] = union(a, b)
    return merged


def merge_schemas(
    old: dict[str, Schema], fresh: dict[str, Schema], ops: dict[str, Entry]
) -> dict[str, Schema]:
    """Union per schema; fresh schemas nothing refers to (e.g. of a manual op) are dropped."""
    out: dict[str, Schema] = dict(old)
    for name, schema in fresh.items():
        if name not in old:
            out[name] = schema
        elif not old[name].get("x-manual"):
            out[name] = union(old[name], schema)
    live = _reachable(out, ops)
    return {k: v for k, v in sorted(out.items()) if k in old or k in live}


def _reachable(schemas: dict[str, Schema], ops: dict[str, Entry]) -> set[str]:
    seen: set[str] = set()
    pending = collect_refs([e.get("schema") for e in ops.values()])
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending |= collect_refs(schemas[name])
    return seen

"""Canonical ``anyOf``: alternatives of a schema in one stable order, so that deriving
the same facts twice writes the same bytes (re-learning is idempotent)."""

from __future__ import annotations

import json
from typing import Any

Schema = dict[str, Any]

TABLE_KEY = "x-dokploy-table"

_RANK = {"object": 1, "array": 2, "string": 3, "integer": 4, "number": 5, "boolean": 6, "null": 9}


def branches(schema: Schema) -> list[Schema]:
    if list(schema) == ["anyOf"]:
        return [b for s in schema["anyOf"] for b in branches(s)]
    return [schema]


def join(parts: list[Schema]) -> Schema:
    """Canonical ``anyOf`` (or the single branch) in a stable order, null last."""
    if any(p == {} for p in parts):
        return {}
    uniq: dict[str, Schema] = {}
    for p in parts:
        uniq.setdefault(_canon(p), p)
    ordered = sorted(uniq.values(), key=_sort_key)
    if len(ordered) == 1:
        return ordered[0]
    return {"anyOf": ordered}


def _kind(s: Schema) -> str:
    if "$ref" in s:
        return "ref:" + str(s["$ref"])
    t = s.get("type")
    if isinstance(t, str):
        return t
    if "properties" in s:
        return "object"
    return "other:" + _canon(s)


def _sort_key(s: Schema) -> tuple[int, str]:
    kind = _kind(s)
    return (0 if kind.startswith("ref:") else _RANK.get(kind, 8), _canon(s))


def _canon(s: Any) -> str:
    return json.dumps(s, sort_keys=True)

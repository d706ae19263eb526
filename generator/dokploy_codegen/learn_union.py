"""Union of JSON Schemas, canonical so that merging what is already known is a no-op.

Learning only ever widens a type: a new sample (or a new cassette merged into the stored
corrections) adds branches, properties or enum values; ``union(a, a) == a`` and
``union(a, b) == a`` whenever ``b`` adds nothing, which is what makes re-learning idempotent.
"""

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


def union(a: Schema, b: Schema) -> Schema:
    if a == b:
        return a
    if a == {} or b == {}:
        return {}
    merged: list[Schema] = []
    for branch in [*branches(a), *branches(b)]:
        merged = _absorb(merged, branch)
    return join(merged)


def union_all(schemas: list[Schema]) -> Schema:
    if not schemas:
        return {}
    out = schemas[0]
    for s in schemas[1:]:
        out = union(out, s)
    return out


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


def _absorb(acc: list[Schema], new: Schema) -> list[Schema]:
    for i, old in enumerate(acc):
        combined = _combine(old, new)
        if combined is not None:
            return [*acc[:i], combined, *acc[i + 1 :]]
    return [*acc, new]


def _combine(a: Schema, b: Schema) -> Schema | None:
    """Merge two single branches of the same kind, or None when they stay separate."""
    if a == b:
        return a
    ka, kb = _kind(a), _kind(b)
    if {ka, kb} == {"integer", "number"} and _plain(a) and _plain(b):
        return {"type": "number"}
    if ka != kb:
        return None
    if ka == "object":
        return _merge_objects(a, b)
    if ka == "array":
        return {**a, "items": union(a.get("items", {}), b.get("items", {}))}
    if ka == "string":
        return _merge_strings(a, b)
    return None


def _merge_strings(a: Schema, b: Schema) -> Schema:
    if "enum" in a and "enum" in b:
        values = list(a["enum"]) + [v for v in b["enum"] if v not in a["enum"]]
        return {**a, "enum": values}
    return {"type": "string"}


def _merge_objects(a: Schema, b: Schema) -> Schema:
    props_a: dict[str, Schema] = a.get("properties", {})
    props_b: dict[str, Schema] = b.get("properties", {})
    props = dict(props_a)
    for key, sub in props_b.items():
        props[key] = union(props[key], sub) if key in props else sub
    out = {**b, **a, "properties": props, "additionalProperties": True}
    if TABLE_KEY in out:
        out["required"] = sorted(props)
    else:
        req = set(a.get("required", [])) & set(b.get("required", []))
        out["required"] = sorted(req)
    return out


def _plain(s: Schema) -> bool:
    return set(s) == {"type"}


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

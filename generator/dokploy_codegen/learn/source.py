"""Source-derived response schemas (Dokploy's TypeScript output types, per operation).

The extractor (``dokploy-codegen learn --source DIR``, see :mod:`.source_types`) serialises the
output type of every tRPC procedure as draft 2020-12 JSON Schema into
``overrides/corrections/source/<version>.json``. This module reads that file and puts each
schema into the form the rest of the learner (and the generator) works with:

- ``type: [X, "null"]``, ``enum: [..., null]`` become ``anyOf`` with ``{"type": "null"}``;
  ``const`` becomes a one-value enum (strings) or its plain type;
- ``format`` is dropped (dates stay the ISO strings Dokploy sends: exact round trip),
  ``Record<string, T>`` becomes a plain map, tuples a list of their members;
- ``$defs`` are expanded, a recursive reference pointing at the enclosing position;
- branches of one answer (several ``return`` statements, ``project.all``'s member and
  owner rows) are combined into one shape where a key is required only if every branch
  always has it, since nothing in the JSON says which branch answered;
- objects that are rows of a table of Dokploy's DB schema are marked (``x-dokploy-table``,
  which names their model) and their integer columns typed ``integer``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .db import NULL, DbSchema, Table, nullable
from .shape import SELF_ID, SELF_REF, finish
from .union import TABLE_KEY, Schema, branches, join

Entry = dict[str, Any]

_DROP = frozenset(
    {"$schema", "format", "description", "title", "minItems", "maxItems", "default", "examples"}
)
_DEFS = "#/$defs/"
# Nodes an operation's schema may expand to: Stripe's types reference each other so much
# that inlining them grows without bound; such an answer stays JSON, saying so.
BUDGET = 50_000


class TooLarge(Exception):
    """The expanded schema would exceed ``BUDGET`` nodes."""


@dataclass(frozen=True)
class SourceSchemas:
    """Per-operation entries derived from Dokploy's source, ready to adjudicate."""

    version: str
    operations: dict[str, Entry]

    @classmethod
    def load(cls, path: Path, db: DbSchema | None = None) -> SourceSchemas:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("operations"), dict):
            raise ValueError(f"{path}: not a source schema file (no 'operations')")
        db = db or DbSchema({})
        ops = {name: to_entry(raw, db) for name, raw in data["operations"].items() if isinstance(raw, dict)}
        return cls(str(data.get("dokploy_version", "?")), ops)


def to_entry(raw: dict[str, Any], db: DbSchema) -> Entry:
    """One operation of the source file as a corrections entry (``source: source``/``json``)."""
    where = f" ({raw['at']})" if raw.get("at") else ""
    if raw.get("status") != "typed" or "schema" not in raw:
        reason = raw.get("reason") or "no type derived from the source"
        return {"schema": {}, "source": "json", "note": f"{reason}{where}"}
    if raw.get("empty") == "always":
        return {"schema": None, "source": "source", "note": f"resolver returns nothing: empty body{where}"}
    try:
        schema = convert(raw["schema"], db)
    except TooLarge:
        return {"schema": {}, "source": "json", "note": f"type too large to expand (> {BUDGET} nodes){where}"}
    entry: Entry = {"schema": schema, "source": "source", "note": f"from the resolver's output type{where}"}
    if raw.get("empty") == "sometimes" and schema != {}:
        entry["schema"] = nullable(schema)
        entry["note"] += "; some branch answers nothing (empty body parses as None)"
    return entry


def convert(schema: Schema, db: DbSchema) -> Schema:
    """A source schema in the learner's canonical form (see the module docstring)."""
    defs = schema.get("$defs", {})
    expanded = _expand(schema, defs, {}, [0, 0])
    merged = _canonical(expanded)
    marked = _mark_tables(merged, db)
    return finish(marked)


def _expand(node: Any, defs: dict[str, Any], active: dict[str, int], counter: list[int]) -> Any:
    """Inline ``$defs``; a reference met inside its own expansion points back to it."""
    counter[1] += 1
    if counter[1] > BUDGET:
        raise TooLarge
    if isinstance(node, list):
        return [_expand(v, defs, active, counter) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_DEFS):
        name = ref[len(_DEFS) :]
        if name in active:
            return _ref_like(defs.get(name, {}), active[name])
        if name not in defs:
            return {}
        counter[0] += 1
        ident = counter[0]
        body = _expand(defs[name], defs, {**active, name: ident}, counter)
        return {**body, SELF_ID: ident} if isinstance(body, dict) else body
    out: Schema = {}
    for k, v in node.items():
        if k == "properties" and isinstance(v, dict):  # property names are not keywords
            out[k] = {name: _expand(sub, defs, active, counter) for name, sub in v.items()}
        elif k not in _DROP and k != "$defs":
            out[k] = _expand(v, defs, active, counter)
    return out


def _ref_like(definition: Any, ident: int) -> Schema:
    """A recursive reference, shaped like its definition: ``children: Array`` stays a list."""
    if not isinstance(definition, dict):
        return {SELF_REF: ident}
    if definition.get("type") == "array":
        return {"type": "array", "items": _ref_like(definition.get("items", {}), ident)}
    alternatives = definition.get("anyOf")
    if isinstance(alternatives, list) and NULL in alternatives and len(alternatives) == 2:
        (other,) = [a for a in alternatives if a != NULL]
        return {"anyOf": [_ref_like(other, ident), dict(NULL)]}
    return {SELF_REF: ident}


def _canonical(node: Any) -> Any:
    """Nullable forms, consts and enums normalised; branches of one kind combined."""
    if not isinstance(node, dict) or SELF_REF in node:
        return node
    node = dict(node)
    ident = node.pop(SELF_ID, None)
    out = _canonical_node(node)
    if ident is not None and isinstance(out, dict):
        # the mark belongs to the object a recursive reference means
        target = _object_in(out)
        if target is not None:
            target[SELF_ID] = ident
    return out


def _object_in(node: Schema) -> Schema | None:
    if node.get("type") == "object":
        return node
    if node.get("type") == "array" and isinstance(node.get("items"), dict):
        return _object_in(node["items"])
    for b in node.get("anyOf", []):
        if isinstance(b, dict) and b != NULL:
            found = _object_in(b)
            if found is not None:
                return found
    return None


def _canonical_node(node: Schema) -> Schema:
    if "const" in node:
        return _const(node["const"])
    if "enum" in node:
        values = list(node["enum"])
        plain = [v for v in values if v is not None]
        if all(isinstance(v, str) for v in plain):
            base: Schema = {"type": "string", "enum": plain}
        else:
            base = join([_const(v) for v in plain])
        return join([base, NULL]) if None in values else base
    t = node.get("type")
    if isinstance(t, list):
        parts = [_canonical({**node, "type": one}) if one != "null" else NULL for one in t]
        return _combine(parts)
    if "anyOf" in node or "oneOf" in node:
        alternatives = node.get("anyOf") or node.get("oneOf") or []
        return _combine([_canonical(b) for b in alternatives])
    if t == "object" or "properties" in node:
        props = {k: _canonical(v) for k, v in node.get("properties", {}).items()}
        out: Schema = {"type": "object", "additionalProperties": True}
        if props:
            out["properties"] = props
            out["required"] = sorted(k for k in node.get("required", []) if k in props)
        return out
    if t == "array":
        items: Any = node.get("items", {})
        if "prefixItems" in node:
            items = (
                {"anyOf": [*node["prefixItems"], *([items] if items else [])]}
                if node["prefixItems"]
                else items
            )
        return {"type": "array", "items": _canonical(items) if isinstance(items, dict) else {}}
    if isinstance(t, str):
        return {"type": t}
    return {}


def _const(value: Any) -> Schema:
    if value is None:
        return dict(NULL)
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, (int, float)):
        return {"type": "number"}
    if isinstance(value, str):
        return {"type": "string", "enum": [value]}
    return {}


def _combine(parts: list[Any]) -> Schema:
    """One branch per JSON kind: alternatives of the same kind become one shape."""
    flat: list[Schema] = [b for p in parts if isinstance(p, dict) for b in branches(p)]
    if any(p == {} for p in flat):
        return {}
    by_kind: dict[str, Schema] = {}
    for p in flat:
        kind = _kind(p)
        by_kind[kind] = _merge(by_kind[kind], p) if kind in by_kind else p
    return join(list(by_kind.values()))


def _kind(s: Schema) -> str:
    if SELF_REF in s:
        return "object"  # a recursive reference always means an object (see _object_in)
    t = s.get("type")
    return t if isinstance(t, str) else "other:" + json.dumps(s, sort_keys=True)


def _merge(a: Schema, b: Schema) -> Schema:
    if a == b:
        return a
    if SELF_REF in a or SELF_REF in b:
        return a if SELF_REF in a else b
    kind = _kind(a)
    if kind == "object":
        pa, pb = a.get("properties", {}), b.get("properties", {})
        if not pa or not pb:
            return {"type": "object", "additionalProperties": True}
        props = dict(pa)
        for k, v in pb.items():
            props[k] = _combine([props[k], v]) if k in props else v
        required = sorted(set(a.get("required", [])) & set(b.get("required", [])))
        out = {**b, **a, "properties": props, "required": required}
        return out
    if kind == "array":
        return {"type": "array", "items": _combine([a.get("items", {}), b.get("items", {})])}
    if kind == "string":
        if "enum" in a and "enum" in b:
            return {"type": "string", "enum": [*a["enum"], *(v for v in b["enum"] if v not in a["enum"])]}
        return {"type": "string"}
    if {kind, _kind(b)} <= {"number", "integer"}:
        return {"type": "number"}
    return a


def _mark_tables(node: Any, db: DbSchema) -> Any:
    if isinstance(node, list):
        return [_mark_tables(v, db) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _mark_tables(v, db) for k, v in node.items()}
    props = out.get("properties")
    if out.get("type") == "object" and isinstance(props, dict) and props:
        table = table_of_properties(db, props)
        if table is not None:
            out[TABLE_KEY] = table.name
            for name, sub in props.items():
                col = table.columns.get(name)
                if col is not None and col.base_schema() == {"type": "integer"}:
                    props[name] = _integer(sub)
    return out


def _integer(schema: Schema) -> Schema:
    if schema.get("type") == "number":
        return {**schema, "type": "integer"}
    if list(schema) == ["anyOf"]:
        return {"anyOf": [_integer(b) for b in schema["anyOf"]]}
    return schema


def table_of_properties(db: DbSchema, props: dict[str, Schema]) -> Table | None:
    """The table whose row these properties are: its primary key, and its columns for
    most of the scalar ones (relations, nested objects and lists, do not count)."""
    scalars = [k for k, v in props.items() if not _nested(v)]
    ranked: list[tuple[int, int, str]] = []
    for table in db.tables.values():
        if not table.pk or table.pk not in props:
            continue
        cols = sum(1 for k in scalars if k in table.columns)
        # ``{id, name}`` could be a row of a dozen tables keyed ``id``: ask for more
        if cols * 2 < len(scalars) or (table.pk == "id" and cols < 3):
            continue
        ranked.append((cols, -len(table.columns), table.name))
    if not ranked:
        return None
    ranked.sort(reverse=True)
    if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
        return None
    return db.tables[ranked[0][2]]


def _nested(schema: Schema) -> bool:
    return any(b.get("type") in ("object", "array") or SELF_REF in b for b in branches(schema))


def fallback_entry(op: str, seen: str) -> Entry:
    """An operation neither its source nor its traffic types: JSON, saying why."""
    return {
        "schema": {},
        "source": "json",
        "note": f"no source-derived type and never answered 200 in recordings ({seen})",
    }

"""Traffic adjudicates: check a known response schema against real bodies and widen it.

A schema (derived from Dokploy's source, or committed earlier) is a claim about every
response of an operation. Each recorded body either fits it or shows where the claim is
too narrow, and only then is it widened, minimally, with a line saying why:

- a field declared always-present that a response lacks becomes optional;
- a ``null`` where the schema has none makes that position nullable;
- a key the schema does not name is kept, typed from the samples, as optional;
- a value of another JSON type (or a string outside an enum) adds that type (or value).

Nothing is ever removed or made narrower, so adjudicating with fewer bodies (the kit's
cassettes alone) can only leave the schema as it is or widen it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .db import NULL
from .union import Schema, branches, join

Infer = Callable[[list[Any], str | None], Schema]


@dataclass
class Adjudicator:
    """Widens schemas of one operation; ``widenings`` says what changed and where."""

    infer: Infer
    op: str
    widenings: list[str] = field(default_factory=list)

    _pending: dict[str, list[Any]] = field(default_factory=dict)

    def check(self, schema: Schema, values: list[Any]) -> Schema:
        """``schema`` widened to admit every value (itself when they all fit)."""
        self._pending = {}
        out = self._widen(schema, values, "", None)
        # values met at a recursive reference (``children`` of a tree) are checked against
        # the position it points to; each round goes one level deeper, so this ends
        while self._pending:
            pointer, vals = self._pending.popitem()
            target = _at_pointer(out, pointer)
            if target is None:
                continue
            new = self._widen(target, vals, pointer.removeprefix("#"), None)
            if new is not target:
                out = _replace_at(out, pointer, new)
        return out

    def _note(self, where: str, what: str) -> None:
        self.widenings.append(f"{self.op}{where or ' (top level)'}: {what}")

    def _widen(self, schema: Schema, values: list[Any], where: str, key: str | None) -> Schema:
        ref = schema.get("$ref")
        if isinstance(ref, str) and values and ref.startswith("#/") and not ref.startswith("#/components/"):
            self._pending.setdefault(ref, []).extend(values)
            return schema  # checked where it points (see check)
        if not values or schema == {} or "$ref" in schema:
            return schema
        parts = branches(schema)
        assigned: list[list[Any]] = [[] for _ in parts]
        unmatched: list[Any] = []
        for v in values:
            i = _branch_for(parts, v)
            if i is None:
                unmatched.append(v)
            else:
                assigned[i].append(v)
        changed = False
        out: list[Schema] = []
        for part, vals in zip(parts, assigned, strict=True):
            new = self._widen_branch(part, vals, where, key) if vals else part
            changed |= new is not part
            out.append(new)
        if unmatched:
            extra = self.infer(unmatched, key)
            if extra == {}:
                extra = NULL if all(v is None for v in unmatched) else extra
            kinds = sorted({_json_kind(v) for v in unmatched})
            self._note(where, f"{' and '.join(kinds)} seen: widened to admit it")
            out.append(extra)
            changed = True
        if not changed:
            return schema
        return join(out)

    def _widen_branch(self, part: Schema, vals: list[Any], where: str, key: str | None) -> Schema:
        kind = _schema_kind(part)
        if kind == "object":
            return self._widen_object(part, vals, where)
        if kind == "array":
            items = [i for v in vals for i in v]
            new_items = self._widen(part.get("items", {}), items, where + "[]", key)
            return part if new_items is part.get("items", {}) else {**part, "items": new_items}
        if kind == "integer" and any(isinstance(v, float) for v in vals):
            self._note(where, "a fraction seen: integer widened to number")
            return {**part, "type": "number"}
        if kind == "string" and "enum" in part:
            new = [v for v in dict.fromkeys(vals) if v not in part["enum"]]
            if new:
                self._note(where, f"values {new} outside the enum: added")
                return {**part, "enum": [*part["enum"], *new]}
        return part

    def _widen_object(self, part: Schema, dicts: list[dict[str, Any]], where: str) -> Schema:
        props: dict[str, Schema] = part.get("properties", {})
        if not props and part.get("additionalProperties", True) is not False:
            return part  # a map: any keys
        required = list(part.get("required", []))
        changed = False
        missing = [k for k in required if any(k not in d for d in dicts)]
        if missing:
            for k in missing:
                absent = sum(1 for d in dicts if k not in d)
                self._note(f"{where}.{k}", f"absent in {absent} of {len(dicts)} responses: now optional")
            required = [k for k in required if k not in missing]
            changed = True
        new_props = dict(props)
        unknown: dict[str, None] = {}
        for d in dicts:
            unknown.update(dict.fromkeys(k for k in d if k not in props))
        for k in unknown:
            new_props[k] = self.infer([d[k] for d in dicts if k in d], k)
            self._note(f"{where}.{k}", "not in the schema: kept, typed from samples, optional")
            changed = True
        for k, sub in props.items():
            vals = [d[k] for d in dicts if k in d]
            new_sub = self._widen(sub, vals, f"{where}.{k}", k)
            if new_sub is not sub:
                new_props[k] = new_sub
                changed = True
        if not changed:
            return part
        return {**part, "properties": new_props, "required": sorted(required)}


def _json_kind(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    return "array" if isinstance(v, list) else "object"


def _schema_kind(s: Schema) -> str:
    t = s.get("type")
    if isinstance(t, str):
        return t
    if "properties" in s:
        return "object"
    if "enum" in s:
        return "string"
    return "other"


def _fits_kind(s: Schema, v: Any) -> bool:
    if s == {}:
        return True
    kind = _schema_kind(s)
    if "const" in s:
        return bool(s["const"] == v)
    if v is None:
        return kind == "null"
    if isinstance(v, bool):
        return kind == "boolean"
    if isinstance(v, int):
        return kind in ("integer", "number")
    if isinstance(v, float):
        return kind in ("number", "integer")
    if isinstance(v, str):
        return kind == "string"
    if isinstance(v, list):
        return kind == "array"
    return kind == "object"


def _branch_for(parts: list[Schema], v: Any) -> int | None:
    """The branch a value belongs to; objects go to the branch sharing most keys."""
    fits = [i for i, p in enumerate(parts) if _fits_kind(p, v)]
    if not fits:
        return None
    if isinstance(v, float):
        numbers = [i for i in fits if _schema_kind(parts[i]) == "number"]
        fits = numbers or fits
    if isinstance(v, dict) and len(fits) > 1:
        return max(fits, key=lambda i: (len(set(parts[i].get("properties", {})) & set(v)), -i))
    return fits[0]


def _tokens(pointer: str) -> list[str]:
    parts = pointer.removeprefix("#").split("/")[1:]
    return [p.replace("~1", "/").replace("~0", "~") for p in parts]


def _at_pointer(root: Any, pointer: str) -> Schema | None:
    node = root
    for token in _tokens(pointer):
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return None
    return node if isinstance(node, dict) else None


def _replace_at(root: Any, pointer: str, new: Schema) -> Any:
    tokens = _tokens(pointer)
    if not tokens:
        return new

    def go(node: Any, rest: list[str]) -> Any:
        if not rest:
            return new
        head = rest[0]
        if isinstance(node, list):
            i = int(head)
            return [*node[:i], go(node[i], rest[1:]), *node[i + 1 :]]
        return {**node, head: go(node[head], rest[1:])}

    return go(root, tokens)

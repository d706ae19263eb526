"""Infer one operation's exact response shape from its samples, position by position.

Every object position of a response (``project.all[].environments[].compose[]``) gets
its own schema from the values seen *there*: a key is required only when every sample
at that position carries it, so a partial row is typed partial. Objects are never
matched to other positions or operations because they share keys; which table a row
belongs to (Dokploy's DB schema) only supplies column types, nullability and enums,
and names the model later (``x-dokploy-table``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .db import NULL, Column, DbSchema, Table, nullable
from .infer import Classifier, hint_matches, is_scalar, map_like, scalar_schemas
from .union import TABLE_KEY, Schema, join

# Marks an object position while an operation's schema is built; a recursive key
# (``children`` of ``settings.readDirectories``) refers to it, and ``finish`` turns
# the mark into a JSON pointer (``{"$ref": "#/items"}``).
SELF_ID = "x-self-id"
SELF_REF = "x-self-ref"


@dataclass
class ShapeInferrer:
    db: DbSchema
    classifier: Classifier
    notes: list[str] = field(default_factory=list)
    _next_id: int = 0

    def operation(self, values: list[Any], hint: str | None) -> Schema:
        """The schema of one operation's 200 bodies (JSON values, at least one)."""
        return finish(self.infer(values, hint))

    def infer(self, values: list[Any], key: str | None) -> Schema:
        parts: list[Schema] = []
        dicts = [v for v in values if isinstance(v, dict)]
        if dicts:
            parts.append(self.object(dicts, key))
        lists = [v for v in values if isinstance(v, list)]
        if lists:
            items = [i for lst in lists for i in lst]
            parts.append({"type": "array", "items": self.infer(items, key) if items else {}})
        parts.extend(scalar_schemas([v for v in values if is_scalar(v)], key))
        non_null = [v for v in values if v is not None]
        if not non_null:
            return {}  # only ever null: anything
        if len(non_null) < len(values):
            parts.append(NULL)
        return join(parts)

    def object(self, dicts: list[dict[str, Any]], key: str | None) -> Schema:
        keys: dict[str, None] = {}
        for d in dicts:
            keys.update(dict.fromkeys(d))
        if map_like(keys) and self._table(dicts, key) is None:
            return {"type": "object", "additionalProperties": True}
        recursive = [k for k in keys if _recurses(dicts, k)]
        self_id = None
        if recursive:
            self._next_id += 1
            self_id = self._next_id
            dicts = _with_descendants(dicts, recursive)
            for d in dicts:
                keys.update(dict.fromkeys(d))
        table = self._table(dicts, key)
        props: dict[str, Schema] = {}
        for k in keys:
            vals = [d[k] for d in dicts if k in d]
            if k in recursive:
                props[k] = _recursive_list(vals, self_id)
            elif table is not None and k in table.columns:
                props[k] = self._column(table, table.columns[k], vals)
            elif table is not None:
                props[k] = self._relation(table, k, vals)
            else:
                props[k] = self.infer(vals, k)
        schema: Schema = {
            "type": "object",
            "properties": props,
            "required": sorted(k for k in keys if all(k in d for d in dicts)),
            "additionalProperties": True,
        }
        if table is not None:
            schema[TABLE_KEY] = table.name
        if self_id is not None:
            schema[SELF_ID] = self_id
        return schema

    def _table(self, dicts: list[dict[str, Any]], key: str | None) -> Table | None:
        votes = Counter(t.name for d in dicts if (t := self.classifier.table_of(d, key)) is not None)
        if not votes:
            return None
        return self.db.tables[votes.most_common(1)[0][0]]

    def _column(self, table: Table, col: Column, values: list[Any]) -> Schema:
        """The DB type, unless the samples contradict it (then trust the samples)."""
        if col.is_json:
            return {}
        bad = [v for v in values if not col.accepts(v)]
        if not bad:
            return col.schema()
        seen = self.infer(values, col.field)
        widened = seen if col.not_null else nullable(seen)
        self.notes.append(
            f"{table.name}.{col.field}: column is {col.sql_type}"
            f"{'' if col.not_null else ' (nullable)'} but server sent {bad[0]!r}; typed from samples"
        )
        return widened

    def _relation(self, table: Table, key: str, values: list[Any]) -> Schema:
        seen = self.infer(values, key)
        target = self._relation_target(table, key)
        if target is None:
            return seen
        if seen == {}:  # only null: a nullable row of the FK's table
            return nullable(self.columns_only(target))
        if seen == {"type": "array", "items": {}}:  # only empty lists: the table's rows
            return {"type": "array", "items": self.columns_only(target)}
        fk = table.fk_column(key)
        if fk is not None and not fk.not_null and seen.get("type") != "array":
            return nullable(seen)
        return seen

    def _relation_target(self, table: Table, key: str) -> Table | None:
        name = table.fk_target(key)
        if name is not None:
            return self.db.tables.get(name)
        for t in self.db.tables.values():
            if hint_matches(key, t):
                return t
        return None

    def columns_only(self, table: Table) -> Schema:
        """A row of ``table`` with its columns and no relations (drizzle's ``with: {t: true}``)."""
        props = {f: ({} if c.is_json else c.schema()) for f, c in table.columns.items()}
        return {
            "type": "object",
            "properties": props,
            "required": sorted(props),
            "additionalProperties": True,
            TABLE_KEY: table.name,
        }


def _recurses(dicts: list[dict[str, Any]], key: str) -> bool:
    """``children: [{..., children: [...]}]``: a list of objects carrying the same key."""
    return any(
        isinstance(d.get(key), list) and any(isinstance(i, dict) and key in i for i in d[key]) for d in dicts
    )


def _with_descendants(dicts: list[dict[str, Any]], keys: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    pending = list(dicts)
    while pending:
        d = pending.pop(0)
        out.append(d)
        for k in keys:
            if isinstance(d.get(k), list):
                pending.extend(i for i in d[k] if isinstance(i, dict))
    return out


def _recursive_list(values: list[Any], self_id: int | None) -> Schema:
    item: Schema = {SELF_REF: self_id}
    return nullable({"type": "array", "items": item}) if None in values else {"type": "array", "items": item}


def finish(schema: Schema) -> Schema:
    """Resolve self marks to JSON pointers within the operation's schema."""
    pointers: dict[int, str] = {}

    def locate(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            if SELF_ID in node:
                pointers[int(node[SELF_ID])] = pointer or "#"
            for k, v in node.items():
                locate(v, f"{pointer or '#'}/{_escape(k)}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                locate(v, f"{pointer or '#'}/{i}")

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            if SELF_REF in node:
                target = pointers.get(int(node[SELF_REF]))
                return {} if target is None else {"$ref": target}
            return {k: rewrite(v) for k, v in node.items() if k != SELF_ID}
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    if SELF_ID not in json.dumps(schema) and SELF_REF not in json.dumps(schema):
        return schema
    locate(schema, "")
    result: Schema = rewrite(schema)
    return result


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")

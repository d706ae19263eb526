"""Infer response schemas from samples, typing table rows from the DB schema.

A JSON object is a *row* of table T when it carries T's primary key and its other scalar
keys are (nearly all) T's fields; rows become ``$ref``s to one shared schema per table,
whose columns are typed from the DB (type, nullability, enums) and whose other keys
(relations, computed fields) are inferred leniently from every occurrence of T anywhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .learn_db import NULL, DbSchema, Table, nullable
from .learn_union import TABLE_KEY, Schema, join, union_all

REF_PREFIX = "#/components/schemas/"

# Hint for a response's top level: its router's name (``user`` for ``user.session``).
ROUTER_HINT = "router:"

# An object with keys like ``/project.one`` or with very many keys is a map (e.g. the
# OpenAPI document's ``paths``): typing each key would overfit one server's contents.
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_MAX_KEYS = 60

# Non-column numbers are ``number`` unless the key clearly names an integer id/count.
_INT_KEY = re.compile(
    r"(?i)(^|[a-z])(id|count|total|port|pid|size|bytes|quantity|number|index|instances|"
    r"watches|events|length|limit|projects|environments|applications|compose|databases|"
    r"services|running|error|idle)$"
)


def ref(name: str) -> Schema:
    return {"$ref": REF_PREFIX + name}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class Classifier:
    """Decides which table (if any) a JSON object is a row of."""

    db: DbSchema

    def table_of(self, obj: dict[str, Any], hint: str | None) -> Table | None:
        scored = [
            (self._score(t, obj, hint), t)
            for t in self.db.tables.values()
            if t.pk in obj or self._keyless_selection(t, obj, hint)
        ]
        ranked = sorted(((s, t) for s, t in scored if s is not None), key=lambda st: st[0], reverse=True)
        if not ranked:
            return None
        best, table = ranked[0]
        if len(ranked) > 1 and ranked[1][0] == best:
            return None  # e.g. a bare ``{id}`` with no telling key: leave it inline
        return table

    def _keyless_selection(self, table: Table, obj: dict[str, Any], hint: str | None) -> bool:
        """``mount.application = {serverId, appName, environment}``: a partial selection
        without the key, named by its relation and holding nothing but this table's fields."""
        if hint is None or hint.startswith(ROUTER_HINT) or not hint_matches(hint, table):
            return False  # a router name is a weaker hint: ``ai.getCustomProviders`` -> {name}
        scalars = [k for k, v in obj.items() if is_scalar(v) or v is None]
        return bool(scalars) and all(k in table.columns and table.columns[k].accepts(obj[k]) for k in scalars)

    def _score(self, table: Table, obj: dict[str, Any], hint: str | None) -> tuple[int, int, int] | None:
        cols = [table.columns[k] for k in obj if k in table.columns]
        n_col = len(cols)
        extra = sum(1 for k, v in obj.items() if k not in table.columns and is_scalar(v))
        if extra >= n_col or extra * 4 > len(obj):
            return None  # e.g. ``{success, message, composeId}``: a result, not a row
        misfits = sum(1 for c in cols if not c.accepts(obj[c.field]))
        if misfits * 2 >= n_col:
            return None  # e.g. a JSON Schema ``{projectId: {type: string}}``, not a project
        return (n_col, int(hint_matches(hint, table)), -len(table.columns))


def hint_matches(hint: str | None, table: Table) -> bool:
    """``applications``/``projectTags``/``sshKey`` name the tables they hold."""
    if not hint:
        return False
    h, t = _norm(hint.removeprefix(ROUTER_HINT)), _norm(table.name)
    return h in (t, t + "s") or h + "s" == t


def is_scalar(v: Any) -> bool:
    return isinstance(v, (str, int, float, bool))


@dataclass
class Observations:
    """Every row seen, per table, wherever it was nested."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class Inferrer:
    db: DbSchema
    classifier: Classifier
    obs: Observations = field(default_factory=Observations)
    notes: list[str] = field(default_factory=list)

    # -- pass 1: collect rows -------------------------------------------------
    def collect(self, value: Any, hint: str | None) -> None:
        if isinstance(value, list):
            for item in value:
                self.collect(item, hint)
        elif isinstance(value, dict):
            table = self.classifier.table_of(value, hint)
            if table is not None:
                self.obs.rows[table.name].append(value)
            for key, sub in value.items():
                col = table.columns.get(key) if table else None
                if col is None or not col.is_json:
                    self.collect(sub, key)

    # -- pass 2: schemas --------------------------------------------------------
    def infer(self, values: list[Any], key: str | None) -> Schema:
        """Lenient schema for the values seen at one position."""
        parts: list[Schema] = []
        dicts = [v for v in values if isinstance(v, dict)]
        parts.extend(self._objects(dicts, key))
        lists = [v for v in values if isinstance(v, list)]
        if lists:
            items = [i for lst in lists for i in lst]
            parts.append({"type": "array", "items": self.infer(items, key) if items else {}})
        parts.extend(scalar_schemas([v for v in values if is_scalar(v)], key))
        non_null = [v for v in values if v is not None]
        if not non_null:
            return {}  # only ever null (or never seen): anything
        if len(non_null) < len(values):
            parts.append(NULL)
        return join(parts)

    def _objects(self, dicts: list[dict[str, Any]], key: str | None) -> Iterator[Schema]:
        inline: list[dict[str, Any]] = []
        tables: dict[str, Table] = {}
        for d in dicts:
            table = self.classifier.table_of(d, key)
            if table is None:
                inline.append(d)
            else:
                tables[table.name] = table
        for name in sorted(tables):
            yield ref(tables[name].schema_name)
        if inline:
            yield self.inline_object(inline)

    def inline_object(self, dicts: list[dict[str, Any]]) -> Schema:
        keys: dict[str, None] = {}
        for d in dicts:
            keys.update(dict.fromkeys(d))
        if len(keys) > _MAX_KEYS or not all(_IDENT.match(k) for k in keys):
            return {"type": "object", "additionalProperties": True}  # a map, not a record
        props = {k: self.infer([d[k] for d in dicts if k in d], k) for k in keys}
        required = sorted(k for k in keys if all(k in d for d in dicts))
        return {
            "type": "object",
            "properties": props,
            "required": required,
            "additionalProperties": True,
        }

    def resource(self, table: Table) -> Schema:
        """The one shared schema of a table: all columns (DB-typed) plus relations seen."""
        rows = self.obs.rows.get(table.name, [])
        props: dict[str, Schema] = {}
        for fld, col in table.columns.items():
            props[fld] = self._column(table, fld, col.schema(), [r[fld] for r in rows if fld in r])
        extra: dict[str, None] = {}
        for r in rows:
            extra.update(dict.fromkeys(k for k in r if k not in table.columns))
        for key in extra:
            props[key] = self._relation(table, key, [r[key] for r in rows if key in r])
        return {
            "type": "object",
            "properties": props,
            "required": sorted(props),
            "additionalProperties": True,
            TABLE_KEY: table.name,
        }

    def _column(self, table: Table, fld: str, schema: Schema, values: list[Any]) -> Schema:
        """The DB type, unless the samples contradict it (then trust the samples)."""
        col = table.columns[fld]
        bad = [v for v in values if not col.accepts(v)]
        if not bad:
            return schema
        seen = self.infer(values, fld)
        widened = seen if col.not_null else nullable(seen)
        self.notes.append(
            f"{table.name}.{fld}: column is {col.sql_type}"
            f"{'' if col.not_null else ' (nullable)'} but server sent {bad[0]!r}; "
            f"typed from samples as {widened}"
        )
        return widened

    def _relation(self, table: Table, key: str, values: list[Any]) -> Schema:
        seen = self.infer(values, key)
        target = self._relation_target(table, key)
        if target is None:
            return seen
        if seen == {}:  # only null: a nullable row of the FK's table
            return nullable(ref(target.schema_name))
        if seen == {"type": "array", "items": {}}:
            return {"type": "array", "items": ref(target.schema_name)}
        fk = table.fk_column(key)
        if fk is not None and not fk.not_null and not _is_array(seen):
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


def map_like(keys: dict[str, None] | list[str]) -> bool:
    """Very many keys, or keys that are not identifiers: a map, not a record."""
    return len(keys) > _MAX_KEYS or not all(_IDENT.match(k) for k in keys)


def _is_array(s: Schema) -> bool:
    return s.get("type") == "array"


def scalar_schemas(values: list[Any], key: str | None) -> Iterator[Schema]:
    if any(isinstance(v, str) for v in values):
        yield {"type": "string"}
    if any(isinstance(v, bool) for v in values):
        yield {"type": "boolean"}
    nums = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if nums:
        ints = all(isinstance(v, int) for v in nums)
        yield {"type": "integer" if ints and key and _INT_KEY.search(key) else "number"}


def collect_refs(schema: Any) -> set[str]:
    """Names of every component a schema refers to."""
    out: set[str] = set()
    if isinstance(schema, dict):
        r = schema.get("$ref")
        if isinstance(r, str) and r.startswith(REF_PREFIX):
            out.add(r[len(REF_PREFIX) :])
        for v in schema.values():
            out |= collect_refs(v)
    elif isinstance(schema, list):
        for v in schema:
            out |= collect_refs(v)
    return out


__all__ = ["Classifier", "Inferrer", "collect_refs", "ref", "union_all"]

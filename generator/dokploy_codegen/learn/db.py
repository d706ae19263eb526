"""Dokploy's database schema (a drizzle snapshot) as the truth for response field types.

Most Dokploy responses are table rows serialised by drizzle, so a row's keys are the
tables' *field* names (camelCase) and each field's JSON type and nullability follow from
its column. The snapshot only knows *column* names, hence the small alias table below.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..naming import pascal

Schema = dict[str, Any]

NULL: Schema = {"type": "null"}

# Drizzle field names that are not the camelCase of their column name, read from the
# ``pgTable`` declarations of Dokploy v0.30.2 (packages/server/src/db/schema/*.ts).
# ``user`` really has both ``createdAt2 = text("createdAt")`` and
# ``createdAt = timestamp("created_at")``.
FIELD_ALIASES: dict[str, dict[str, str]] = {
    "application": {"certificateType": "previewCertificateType"},
    "email": {"toAddress": "toAddresses"},
    "resend": {"toAddress": "toAddresses"},
    "mariadb": {"rootPassword": "databaseRootPassword"},
    "member": {"accesedProjects": "accessedProjects", "accesedServices": "accessedServices"},
    "mysql": {"rootPassword": "databaseRootPassword"},
    "organization_role": {
        "accesedProjects": "accessedProjects",
        "accesedServices": "accessedServices",
    },
    "passkey": {"credential_id": "credentialID"},
    "redis": {"password": "databasePassword"},
    "registry": {"selfHosted": "registryType"},
    "user": {"createdAt": "createdAt2"},
}

_SCALARS: dict[str, Schema] = {
    "text": {"type": "string"},
    "varchar": {"type": "string"},
    "char": {"type": "string"},
    "uuid": {"type": "string"},
    "timestamp": {"type": "string"},
    "date": {"type": "string"},
    "time": {"type": "string"},
    "integer": {"type": "integer"},
    "serial": {"type": "integer"},
    "smallint": {"type": "integer"},
    "bigint": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "real": {"type": "number"},
    "double precision": {"type": "number"},
    "numeric": {"type": "number"},
    "json": {},
    "jsonb": {},
}


def camel(name: str) -> str:
    """``created_at`` -> ``createdAt`` (drizzle's usual field naming)."""
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name)


def nullable(schema: Schema) -> Schema:
    """``X`` -> ``anyOf[X, null]``; an unconstrained ``{}`` already admits null."""
    if schema == {} or schema == NULL:
        return schema
    branches = schema["anyOf"] if list(schema) == ["anyOf"] else [schema]
    if NULL in branches:
        return schema
    return {"anyOf": [*branches, NULL]}


@dataclass(frozen=True)
class Column:
    field: str
    sql_type: str
    not_null: bool
    enum: tuple[str, ...] | None = None

    @property
    def is_json(self) -> bool:
        return self.sql_type in ("json", "jsonb")

    def base_schema(self) -> Schema:
        """JSON type of a non-null value; timestamps stay plain strings (exact round trip)."""
        if self.enum is not None:
            return {"type": "string", "enum": list(self.enum)}
        if self.sql_type.endswith("[]"):
            item = _SCALARS.get(self.sql_type[:-2], {})
            return {"type": "array", "items": dict(item)}
        return dict(_SCALARS.get(self.sql_type, {}))

    def schema(self) -> Schema:
        base = self.base_schema()
        return base if self.not_null else nullable(base)

    def accepts(self, value: Any) -> bool:
        """Does a sample value fit this column's JSON type (and nullability)?"""
        if value is None:
            return not self.not_null
        if self.sql_type.endswith("[]"):
            item = Column(self.field, self.sql_type[:-2], True)
            return isinstance(value, list) and all(item.accepts(v) for v in value)
        return _fits(self.base_schema(), value)


def _fits(schema: Schema, value: Any) -> bool:
    if "enum" in schema:
        return value in schema["enum"]
    kind = schema.get("type")
    if kind is None:
        return True
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int)
    if kind == "number":
        return isinstance(value, (int, float))
    return isinstance(value, str) if kind == "string" else False


@dataclass
class Table:
    name: str
    pk: str
    columns: dict[str, Column] = field(default_factory=dict)
    fk_targets: dict[str, str] = field(default_factory=dict)

    @property
    def schema_name(self) -> str:
        return pascal(self.name)

    def fk_column(self, relation: str) -> Column | None:
        """``buildServer`` -> the ``buildServerId`` column, if the row holds that foreign key."""
        return self.columns.get(f"{relation}Id") if f"{relation}Id" in self.fk_targets else None

    def fk_target(self, relation: str) -> str | None:
        """``buildServer`` -> ``server``: the table a one-valued relation key points to."""
        return self.fk_targets.get(f"{relation}Id")


@dataclass
class DbSchema:
    tables: dict[str, Table]

    @classmethod
    def load(cls, path: Path) -> DbSchema:
        return cls.from_snapshot(json.loads(path.read_text()))

    @classmethod
    def from_snapshot(cls, snap: dict[str, Any]) -> DbSchema:
        enums = {e["name"]: tuple(e["values"]) for e in snap.get("enums", {}).values()}
        tables = {}
        for raw in snap.get("tables", {}).values():
            table = _table(raw, enums)
            tables[table.name] = table
        return cls(tables)

    def by_schema_name(self, name: str) -> Table | None:
        for table in self.tables.values():
            if table.schema_name == name:
                return table
        return None


def _table(raw: dict[str, Any], enums: dict[str, tuple[str, ...]]) -> Table:
    name = raw["name"]
    aliases = FIELD_ALIASES.get(name, {})
    table = Table(name=name, pk="")
    for col_name, col in raw["columns"].items():
        fld = aliases.get(col_name, camel(col_name))
        table.columns[fld] = Column(
            field=fld,
            sql_type=col["type"],
            not_null=bool(col.get("notNull")),
            enum=enums.get(col["type"]),
        )
        if col.get("primaryKey"):
            table.pk = fld
    for fk in raw.get("foreignKeys", {}).values():
        if len(fk["columnsFrom"]) == 1:
            col_name = fk["columnsFrom"][0]
            table.fk_targets[aliases.get(col_name, camel(col_name))] = fk["tableTo"]
    return table

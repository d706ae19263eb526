"""Which table a recorded JSON object is a row of, and how its scalars are typed.

A JSON object is a *row* of table T when it carries T's primary key and its other scalar
keys are (nearly all) T's fields. Knowing T only types its columns (DB type, nullability,
enums) and names its model; each position keeps its own shape (see :mod:`.shape`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .db import DbSchema, Table
from .union import Schema

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


def map_like(keys: dict[str, None] | list[str]) -> bool:
    """Very many keys, or keys that are not identifiers: a map, not a record."""
    return len(keys) > _MAX_KEYS or not all(_IDENT.match(k) for k in keys)


def scalar_schemas(values: list[Any], key: str | None) -> Iterator[Schema]:
    if any(isinstance(v, str) for v in values):
        yield {"type": "string"}
    if any(isinstance(v, bool) for v in values):
        yield {"type": "boolean"}
    nums = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if nums:
        ints = all(isinstance(v, int) for v in nums)
        yield {"type": "integer" if ints and key and _INT_KEY.search(key) else "number"}

"""Learn response corrections (``overrides/corrections/*.json``) from recorded traffic.

Dokploy's spec types every 200 response as an empty object. The learner reads what the
server really answered (shared JSONL recordings and our vcrpy cassettes), types table
rows from Dokploy's DB schema, merges the result into the stored corrections (never
touching ``manual`` entries or ``x-manual`` schemas) and reports what changed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corrections import read_json
from .learn_db import NULL, DbSchema, pascal
from .learn_infer import ROUTER_HINT, Classifier, Inferrer, collect_refs, ref
from .learn_io import Exchange, read_exchanges
from .learn_merge import merge_operations, merge_schemas, write_json
from .learn_source import json_reason, list_items, source_typed
from .learn_union import Schema
from .naming import iter_operations, router_and_procedure

SCHEMAS_FILE = "schemas.json"
OPERATIONS_FILE = "operations.json"

Entry = dict[str, Any]


@dataclass
class LearnReport:
    """What a learn run changed in the corrections, plus observations worth a look."""

    operations: dict[str, list[str]] = field(default_factory=dict)
    schemas: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    exchanges: int = 0

    @property
    def changed(self) -> bool:
        return any(self.operations.get(k) or self.schemas.get(k) for k in ("added", "changed"))

    def render(self) -> str:
        lines = [f"learned from {self.exchanges} exchanges"]
        for what, table in (("operations", self.operations), ("schemas", self.schemas)):
            counts = ", ".join(f"{len(table.get(k, []))} {k}" for k in _KINDS)
            lines.append(f"{what}: {counts}")
            for kind in ("added", "changed"):
                for name in table.get(kind, []):
                    lines.append(f"  {kind[0].upper()} {name}")
        lines.append("by source: " + ", ".join(f"{k}={v}" for k, v in sorted(self.sources.items())))
        lines.extend(f"note: {n}" for n in self.notes)
        return "\n".join(lines)


_KINDS = ("added", "changed", "unchanged")


def learn(
    sources: list[Path],
    corrections_dir: Path,
    db_schema: Path | None,
    spec: dict[str, Any] | None,
) -> LearnReport:
    """Learn from ``sources``, merge into ``corrections_dir``, write it back, report."""
    exchanges = read_exchanges(sources)
    db = DbSchema.load(db_schema) if db_schema else DbSchema({})
    fresh_ops, fresh_schemas, notes = derive(exchanges, db, spec)
    old_ops = _load(corrections_dir / OPERATIONS_FILE)
    old_schemas = _load(corrections_dir / SCHEMAS_FILE)
    ops = merge_operations(old_ops, fresh_ops)
    schemas = merge_schemas(old_schemas, fresh_schemas, ops)
    corrections_dir.mkdir(parents=True, exist_ok=True)
    write_json(corrections_dir / OPERATIONS_FILE, ops)
    write_json(corrections_dir / SCHEMAS_FILE, schemas)
    report = LearnReport(
        operations=_diff(old_ops, ops),
        schemas=_diff(old_schemas, schemas),
        notes=notes,
        exchanges=len(exchanges),
    )
    for entry in ops.values():
        source = str(entry.get("source", "?"))
        report.sources[source] = report.sources.get(source, 0) + 1
    return report


def derive(
    exchanges: list[Exchange], db: DbSchema, spec: dict[str, Any] | None
) -> tuple[dict[str, Entry], dict[str, Schema], list[str]]:
    """Corrections from these exchanges alone (before merging with stored ones)."""
    inferrer = Inferrer(db, Classifier(db))
    bodies, statuses, notes = _parse(exchanges)
    for op, values in bodies.items():
        for v in values:
            if v is not _EMPTY:
                inferrer.collect(v, ROUTER_HINT + router_and_procedure(op)[0])
    ops: dict[str, Entry] = {}
    schemas: dict[str, Schema] = {}
    for op in sorted(bodies):
        ops[op] = _traffic_entry(op, bodies[op], inferrer, schemas)
    names = [n for n, _, _, _ in iter_operations(spec)] if spec else []
    for op in sorted(set(names) - set(ops)):
        ops[op] = source_typed(op) or _json_entry(op, statuses.get(op, {}))
    _add_resources(inferrer, ops, schemas)
    return ops, schemas, [*notes, *inferrer.notes]


class _Empty:
    """An empty 200 body (distinct from a JSON ``null``)."""


_EMPTY: Any = _Empty()


def _parse(
    exchanges: list[Exchange],
) -> tuple[dict[str, list[Any]], dict[str, dict[int, int]], list[str]]:
    bodies: dict[str, list[Any]] = defaultdict(list)
    statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    notes: list[str] = []
    for ex in exchanges:
        statuses[ex.operation][ex.status] += 1
        if ex.status != 200:
            continue
        if ex.body_text.strip() == "":
            bodies[ex.operation].append(_EMPTY)
            continue
        try:
            bodies[ex.operation].append(json.loads(ex.body_text))
        except json.JSONDecodeError:
            notes.append(f"{ex.operation}: non-JSON 200 body at {ex.origin}, typed as string")
            bodies[ex.operation].append(ex.body_text)
    return bodies, statuses, notes


def _traffic_entry(op: str, values: list[Any], inferrer: Inferrer, schemas: dict[str, Schema]) -> Entry:
    json_values = [v for v in values if v is not _EMPTY]
    if not json_values:
        return {"schema": None, "source": "traffic", "note": "empty body"}
    router, procedure = router_and_procedure(op)
    nested = any(isinstance(v, (dict, list)) for v in json_values)
    # rows are named by the router (``user.session`` -> ``user``); bare numbers by the
    # procedure (``server.count`` -> an integer count)
    schema = inferrer.infer(json_values, ROUTER_HINT + router if nested else procedure)
    schema = _name_inline(op, schema, schemas)
    entry: Entry = {"schema": schema, "source": "traffic"}
    items = list_items(op)
    if schema == {"type": "array", "items": {}} and items is not None:
        entry = {**entry, "schema": {"type": "array", "items": items}}
        entry["note"] = "only empty lists recorded; item type read from the router code"
    if all(v is None for v in json_values):
        entry["schema"] = NULL
    if len(json_values) < len(values):
        entry["schema"] = {"anyOf": [entry["schema"], NULL]}
        entry["note"] = "answered both JSON and an empty body; empty parses as None"
    return entry


def _name_inline(op: str, schema: Schema, schemas: dict[str, Schema]) -> Schema:
    """Top-level inline objects get a named class: ``project.create`` -> ProjectCreateResult."""
    router, proc = router_and_procedure(op)
    base = pascal(router) + pascal(proc)
    if schema.get("type") == "object":
        schemas[base + "Result"] = schema
        return ref(base + "Result")
    items = schema.get("items", {})
    if schema.get("type") == "array" and items.get("type") == "object":
        schemas[base + "Item"] = items
        return {"type": "array", "items": ref(base + "Item")}
    return schema


def _json_entry(op: str, statuses: dict[int, int]) -> Entry:
    seen = ", ".join(f"{s}x{n}" for s, n in sorted(statuses.items())) or "never called"
    return {
        "schema": {},
        "source": "json",
        "note": f"never answered 200 in recordings ({seen}); {json_reason(op)}",
    }


def _add_resources(inferrer: Inferrer, ops: dict[str, Entry], schemas: dict[str, Schema]) -> None:
    """Schemas for every table referenced, transitively, by the operations and results."""
    pending = collect_refs([e.get("schema") for e in ops.values()]) | collect_refs(schemas)
    done: set[str] = set(schemas)
    while pending:
        name = pending.pop()
        if name in done:
            continue
        done.add(name)
        table = inferrer.db.by_schema_name(name)
        if table is None:
            continue
        schemas[name] = inferrer.resource(table)
        pending |= collect_refs(schemas[name]) - done


def _load(path: Path) -> dict[str, Any]:
    return read_json(path)  # corrections.py's loader: a bad file is one clear line, not a traceback


def _diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {k: [] for k in _KINDS}
    for name in sorted(new):
        if name not in old:
            out["added"].append(name)
        elif old[name] != new[name]:
            out["changed"].append(name)
        else:
            out["unchanged"].append(name)
    return out

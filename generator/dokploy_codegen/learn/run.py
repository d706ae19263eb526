"""Learn response corrections (``overrides/corrections/operations.json``) from evidence.

Dokploy's spec types every 200 response as an empty object. Each operation's response
schema comes, in this order of preference, from:

1. a hand edit (``source: manual``), never touched;
2. its source-derived schema (``--source-schemas``: Dokploy's TypeScript output types,
   serialised per operation), or else the committed correction;
3. else, when it answered 200, its recorded bodies, position by position.

Then traffic adjudicates: every recorded 200 body (shared JSONL recordings and the kit's
cassettes) is checked against the schema and can only widen it (see :mod:`.adjudicate`),
each widening reported. So learning from fewer sources never narrows or drops what the
committed corrections know. ``fresh=True`` ignores committed corrections (after a Dokploy
upgrade, with the new version's source schemas).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..corrections import read_json
from ..naming import iter_operations, router_and_procedure
from .adjudicate import Adjudicator
from .db import NULL, DbSchema, nullable
from .exchanges import Exchange, read_exchanges
from .infer import ROUTER_HINT, Classifier
from .merge import MANUAL, write_json
from .shape import ShapeInferrer, finish
from .source import SourceSchemas, fallback_entry

SCHEMAS_FILE = "schemas.json"
OPERATIONS_FILE = "operations.json"

Entry = dict[str, Any]
Schema = dict[str, Any]

TRAFFIC = "traffic"
SOURCE = "source"
JSON = "json"
EMPTY_NOTE = "answered both JSON and an empty body; empty parses as None"


@dataclass
class LearnReport:
    """What a learn run changed in the corrections, and every widening traffic forced."""

    operations: dict[str, list[str]] = field(default_factory=dict)
    schemas: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    widenings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    exchanges: int = 0

    @property
    def changed(self) -> bool:
        return any(self.operations.get(k) or self.schemas.get(k) for k in ("added", "changed", "removed"))

    def render(self) -> str:
        lines = [f"learned from {self.exchanges} exchanges"]
        for what, table in (("operations", self.operations), ("schemas", self.schemas)):
            counts = ", ".join(f"{len(table.get(k, []))} {k}" for k in _KINDS)
            lines.append(f"{what}: {counts}")
            for kind in ("added", "changed", "removed"):
                for name in table.get(kind, []):
                    lines.append(f"  {kind[0].upper()} {name}")
        lines.append(f"widenings forced by traffic: {len(self.widenings)}")
        lines.extend(f"  W {w}" for w in self.widenings)
        lines.append("by source: " + ", ".join(f"{k}={v}" for k, v in sorted(self.sources.items())))
        lines.extend(f"note: {n}" for n in self.notes)
        return "\n".join(lines)


_KINDS = ("added", "changed", "removed", "unchanged")


def learn(
    sources: list[Path],
    corrections_dir: Path,
    db_schema: Path | None,
    spec: dict[str, Any] | None,
    *,
    source_schemas: Path | None = None,
    fresh: bool = False,
) -> LearnReport:
    """Learn from ``sources``, adjudicate, write ``corrections_dir`` back, report."""
    exchanges = read_exchanges(sources)
    db = DbSchema.load(db_schema) if db_schema else DbSchema({})
    old_ops = _load(corrections_dir / OPERATIONS_FILE)
    old_schemas = _load(corrections_dir / SCHEMAS_FILE)
    derived = SourceSchemas.load(source_schemas, db) if source_schemas else None
    ops, widenings, notes = derive(exchanges, db, spec, {} if fresh else old_ops, derived)
    for op, entry in old_ops.items():
        if entry.get("source") == MANUAL or (op not in ops and not fresh):
            ops[op] = entry
    ops = dict(sorted(ops.items()))
    corrections_dir.mkdir(parents=True, exist_ok=True)
    write_json(corrections_dir / OPERATIONS_FILE, ops)
    write_json(corrections_dir / SCHEMAS_FILE, old_schemas)
    report = LearnReport(
        operations=_diff(old_ops, ops),
        schemas=_diff(old_schemas, old_schemas),
        widenings=widenings,
        notes=notes,
        exchanges=len(exchanges),
    )
    for entry in ops.values():
        source = str(entry.get("source", "?"))
        report.sources[source] = report.sources.get(source, 0) + 1
    return report


def derive(
    exchanges: list[Exchange],
    db: DbSchema,
    spec: dict[str, Any] | None,
    known: dict[str, Entry],
    derived: SourceSchemas | None = None,
) -> tuple[dict[str, Entry], list[str], list[str]]:
    """Every operation's entry from what is known plus these exchanges."""
    inferrer = ShapeInferrer(db, Classifier(db))
    bodies, statuses, notes = _parse(exchanges)
    if spec:  # the spec says which operations exist (the source has a few more procedures)
        names = {n for n, *_ in iter_operations(spec)} | set(known)
    else:
        names = set(bodies) | set(known) | (set(derived.operations) if derived else set())
    ops: dict[str, Entry] = {}
    widenings: list[str] = []
    for op in sorted(names):
        if known.get(op, {}).get("source") == MANUAL:
            continue
        base = known.get(op)
        if derived is not None and op in derived.operations and (base is None or base.get("source") == JSON):
            base = derived.operations[op]
        values = bodies.get(op, [])
        if base is None and values and not _json_values(values):
            base = {"schema": None, "source": TRAFFIC, "note": "empty body"}
        if base is None or (base.get("source") == JSON and _json_values(values)):
            base = _inferred(op, values, inferrer) if _json_values(values) else None
        if base is None:
            base = fallback_entry(op, _seen(statuses.get(op, {})))
        judge = Adjudicator(inferrer.infer, op)
        ops[op] = _adjudicated(base, values, judge)
        widenings.extend(judge.widenings)
    return ops, widenings, [*notes, *inferrer.notes]


class _Empty:
    """An empty 200 body (distinct from a JSON ``null``)."""


_EMPTY: Any = _Empty()


def _json_values(values: list[Any]) -> list[Any]:
    return [v for v in values if v is not _EMPTY]


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


def _inferred(op: str, values: list[Any], inferrer: ShapeInferrer) -> Entry:
    """An operation's schema from its bodies alone (rows named by the router's tables)."""
    json_values = _json_values(values)
    router, procedure = router_and_procedure(op)
    nested = any(isinstance(v, (dict, list)) for v in json_values)
    hint = ROUTER_HINT + router if nested else procedure
    schema = NULL if all(v is None for v in json_values) else finish(inferrer.infer(json_values, hint))
    return {"schema": schema, "source": TRAFFIC}


def _adjudicated(base: Entry, values: list[Any], judge: Adjudicator) -> Entry:
    json_values = _json_values(values)
    entry = dict(base)
    schema = entry.get("schema")
    if schema is None:
        if json_values:
            judge.widenings.append(f"{judge.op}: JSON answered where an empty body was expected")
            entry["schema"] = nullable(judge.infer(json_values, None))
            entry["note"] = EMPTY_NOTE
        return entry
    widened = judge.check(schema, json_values)
    if len(json_values) < len(values) and NULL not in _top_branches(widened) and widened != {}:
        judge.widenings.append(f"{judge.op}: an empty body answered: now nullable")
        widened = nullable(widened)
        entry["note"] = EMPTY_NOTE
    entry["schema"] = widened
    return entry


def _top_branches(schema: Schema) -> list[Schema]:
    return list(schema["anyOf"]) if list(schema) == ["anyOf"] else [schema]


def _seen(statuses: dict[int, int]) -> str:
    return ", ".join(f"{s}x{n}" for s, n in sorted(statuses.items())) or "never called"


def _load(path: Path) -> dict[str, Any]:
    return read_json(path)  # corrections.py's loader: a bad file is one clear line, not a traceback


def _diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {k: [] for k in _KINDS}
    for name in sorted(set(new) | set(old)):
        if name not in old:
            out["added"].append(name)
        elif name not in new:
            out["removed"].append(name)
        elif old[name] != new[name]:
            out["changed"].append(name)
        else:
            out["unchanged"].append(name)
    return out

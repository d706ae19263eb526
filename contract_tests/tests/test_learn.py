"""The learner: DB-driven typing, merging with hand edits, and the committed corrections
against every recorded 200 body (and against mutated "second recording" variants)."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from dokploy_codegen.learn import learn
from dokploy_codegen.learn_union import TABLE_KEY

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "dokploy"
CORRECTIONS = ROOT / "overrides" / "corrections"
REF = "#/components/schemas/"

# ---------------------------------------------------------------- helpers


def validator(schemas: dict[str, Any], schema: Any) -> Draft202012Validator:
    """Draft 2020-12 validator resolving ``#/components/schemas/X`` against schemas.json.

    ``required`` of resource (table) schemas lists every field on purpose (non-optional
    client types; the client tolerates absent ones as UNSET), while partial selections
    such as ``project.all``'s ``applications: [{applicationId, name, applicationStatus}]``
    omit most of them; so presence is not checked for resources, every present value is.
    """
    doc = {"components": {"schemas": {k: _lenient(v) for k, v in schemas.items()}}}
    registry: Registry[Any] = Registry().with_resource(
        "urn:corrections", Resource.from_contents(_rebase(doc), default_specification=DRAFT202012)
    )
    return Draft202012Validator(_rebase(schema), registry=registry)


def _rebase(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _rebase(v) for k, v in node.items()}
        if isinstance(out.get("$ref"), str) and out["$ref"].startswith(REF):
            out["$ref"] = "urn:corrections" + out["$ref"]
        return out
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def _lenient(schema: dict[str, Any]) -> dict[str, Any]:
    if TABLE_KEY in schema:
        return {k: v for k, v in schema.items() if k != "required"}
    return schema


def write_jsonl(path: Path, records: list[tuple[str, int, str]]) -> Path:
    lines = [
        json.dumps({"seq": i, "operation": op, "status": st, "body_text": body})
        for i, (op, st, body) in enumerate(records)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


SNAPSHOT: dict[str, Any] = {
    "enums": {"public.status": {"name": "status", "values": ["idle", "running", "done"]}},
    "tables": {
        "public.project": {
            "name": "project",
            "columns": {
                "projectId": {"type": "text", "primaryKey": True, "notNull": True},
                "name": {"type": "text", "notNull": True},
                "description": {"type": "text", "notNull": False},
            },
            "foreignKeys": {},
        },
        "public.application": {
            "name": "application",
            "columns": {
                "applicationId": {"type": "text", "primaryKey": True, "notNull": True},
                "name": {"type": "text", "notNull": True},
                "env": {"type": "text", "notNull": False},
                "replicas": {"type": "integer", "notNull": True},
                "created_at": {"type": "timestamp", "notNull": True},
                "labels": {"type": "text[]", "notNull": False},
                "applicationStatus": {"type": "status", "notNull": True},
                "projectId": {"type": "text", "notNull": True},
            },
            "foreignKeys": {
                "fk": {
                    "tableTo": "project",
                    "columnsFrom": ["projectId"],
                    "columnsTo": ["projectId"],
                }
            },
        },
    },
}

APP = {
    "applicationId": "a1",
    "name": "web",
    "env": None,
    "replicas": 1,
    "createdAt": "2026-01-01T00:00:00.000Z",
    "labels": None,
    "applicationStatus": "idle",
    "projectId": "p1",
}
PROJECT = {"projectId": "p1", "name": "demo", "description": None}


@pytest.fixture
def synthetic(tmp_path: Path) -> dict[str, Path]:
    snap = tmp_path / "snapshot.json"
    snap.write_text(json.dumps(SNAPSHOT))
    rec = tmp_path / "rec"
    rec.mkdir()
    write_jsonl(
        rec / "flow.jsonl",
        [
            ("application.one", 200, json.dumps({**APP, "project": PROJECT, "computed": 1.5})),
            ("application.create", 200, json.dumps(APP)),
            ("project.one", 200, json.dumps({**PROJECT, "applications": [APP]})),
            (
                "project.all",
                200,
                json.dumps(
                    [
                        {
                            **PROJECT,
                            "applications": [
                                {"applicationId": "a1", "name": "web", "applicationStatus": "done"}
                            ],
                        }
                    ]
                ),
            ),
            ("project.create", 200, json.dumps({"project": PROJECT, "ok": True})),
            ("application.deploy", 200, ""),
            ("application.update", 200, "true"),
            ("application.update", 400, '{"message": "bad"}'),
        ],
    )
    return {"snapshot": snap, "recordings": rec, "out": tmp_path / "corrections"}


def run(paths: dict[str, Path], spec: dict[str, Any] | None = None) -> Any:
    return learn([paths["recordings"]], paths["out"], paths["snapshot"], spec)


def load(out: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    return (
        json.loads((out / "schemas.json").read_text()),
        json.loads((out / "operations.json").read_text()),
    )


# ---------------------------------------------------------------- synthetic: typing rules


def test_db_nullability_and_types(synthetic: dict[str, Path]) -> None:
    run(synthetic)
    schemas, _ = load(synthetic["out"])
    props = schemas["Application"]["properties"]
    # null in every sample, nullable text column: still string|null, not "any"
    assert props["env"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert props["name"] == {"type": "string"}  # notNull: never null
    assert props["replicas"] == {"type": "integer"}
    assert props["createdAt"] == {"type": "string"}  # timestamp: exact string, no format
    assert props["labels"] == {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]}
    assert schemas["Project"]["properties"]["description"]["anyOf"][1] == {"type": "null"}


def test_enums_come_from_db_only(synthetic: dict[str, Path]) -> None:
    run(synthetic)
    schemas, _ = load(synthetic["out"])
    props = schemas["Application"]["properties"]
    assert props["applicationStatus"] == {"type": "string", "enum": ["idle", "running", "done"]}
    assert "enum" not in json.dumps(schemas["ProjectCreateResult"])


def test_objects_allow_unknown_fields(synthetic: dict[str, Path]) -> None:
    run(synthetic)
    schemas, _ = load(synthetic["out"])
    objects = [s for s in _walk(schemas) if s.get("type") == "object"]
    assert objects
    assert all(s.get("additionalProperties") is True for s in objects)
    v = validator(schemas, {"$ref": REF + "Application"})
    assert v.is_valid({**APP, "brandNewField": {"x": 1}})


def test_one_schema_shared_across_operations(synthetic: dict[str, Path]) -> None:
    run(synthetic)
    schemas, ops = load(synthetic["out"])
    app = {"$ref": REF + "Application"}
    assert ops["application.one"]["schema"] == app
    assert ops["application.create"]["schema"] == app
    assert schemas["Project"]["properties"]["applications"] == {"type": "array", "items": app}
    # union of every occurrence: relation from application.one, columns never seen too
    props = schemas["Application"]["properties"]
    assert props["project"] == {"$ref": REF + "Project"}
    assert props["computed"] == {"type": "number"}
    assert set(schemas["Application"]["required"]) == set(props)


def test_operation_kinds(synthetic: dict[str, Path]) -> None:
    spec: dict[str, Any] = {
        "paths": {
            "/application.readAppMonitoring": {"post": {}},
            "/application.start": {"post": {}},
            "/application.one": {"get": {}},
        }
    }
    report = run(synthetic, spec)
    _, ops = load(synthetic["out"])
    assert ops["application.deploy"] == {"schema": None, "source": "traffic", "note": "empty body"}
    assert ops["application.update"]["schema"] == {"type": "boolean"}
    assert ops["project.create"]["schema"] == {"$ref": REF + "ProjectCreateResult"}
    never = ops["application.readAppMonitoring"]
    assert never["source"] == "json" and never["schema"] == {} and never["note"]
    assert ops["application.start"]["source"] == "source"  # router returns the row
    assert ops["application.start"]["schema"] == {"$ref": REF + "Application"}
    assert "application.readAppMonitoring" in report.render()


def test_cassettes_are_read(tmp_path: Path, synthetic: dict[str, Path]) -> None:
    cassette = synthetic["recordings"] / "nested" / "app.yaml"
    cassette.parent.mkdir()
    body = json.dumps({**PROJECT, "applications": [], "brandNew": "x"})
    cassette.write_text(
        "interactions:\n"
        "- request:\n"
        "    method: GET\n"
        "    uri: http://127.0.0.1:3000/api/project.one?projectId=p1\n"
        "    body: null\n"
        "    headers: {}\n"
        "  response:\n"
        "    status: {code: 200, message: OK}\n"
        "    headers: {}\n"
        f"    body: {{string: {json.dumps(body)}}}\n"
        "version: 1\n"
    )
    run(synthetic)
    schemas, _ = load(synthetic["out"])
    assert schemas["Project"]["properties"]["brandNew"] == {"type": "string"}


# ---------------------------------------------------------------- synthetic: merge


def test_relearn_is_idempotent(synthetic: dict[str, Path]) -> None:
    first = run(synthetic)
    assert first.changed
    before = load(synthetic["out"])
    second = run(synthetic)
    assert not second.changed, second.render()
    assert not second.operations["added"] and not second.operations["changed"]
    assert not second.schemas["added"] and not second.schemas["changed"]
    assert load(synthetic["out"]) == before


def test_merge_keeps_manual_entries(synthetic: dict[str, Path]) -> None:
    run(synthetic)
    schemas, ops = load(synthetic["out"])
    ops["application.update"] = {"schema": {"type": "string"}, "source": "manual", "note": "me"}
    schemas["Project"] = {"type": "object", "x-manual": True, "additionalProperties": True}
    (synthetic["out"] / "operations.json").write_text(json.dumps(ops))
    (synthetic["out"] / "schemas.json").write_text(json.dumps(schemas))
    run(synthetic)
    schemas2, ops2 = load(synthetic["out"])
    assert ops2["application.update"] == ops["application.update"]
    assert schemas2["Project"] == schemas["Project"]
    assert schemas2["Application"] == schemas["Application"]


def test_merge_widens_never_forgets(synthetic: dict[str, Path], tmp_path: Path) -> None:
    run(synthetic)
    other = tmp_path / "other"
    other.mkdir()
    write_jsonl(
        other / "more.jsonl",
        [("application.one", 200, json.dumps({**APP, "computed": "now a string"}))],
    )
    report = learn([other], synthetic["out"], synthetic["snapshot"], None)
    schemas, ops = load(synthetic["out"])
    assert "Application" in report.schemas["changed"]
    assert schemas["Application"]["properties"]["computed"] == {
        "anyOf": [{"type": "string"}, {"type": "number"}]
    }
    assert schemas["Application"]["properties"]["project"] == {"$ref": REF + "Project"}
    assert ops["project.create"]["source"] == "traffic"  # not in the new sources: kept


# ---------------------------------------------------------------- the shared recordings


def _shared() -> Path:
    if not (SHARED / "recordings").is_dir():
        pytest.skip(f"shared Dokploy reference data not found at {SHARED}")
    return SHARED


def _recorded_200() -> Iterator[tuple[str, str]]:
    for path in sorted((_shared() / "recordings").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            rec = json.loads(line)
            if rec["status"] == 200:
                yield rec["operation"], rec["body_text"]


@pytest.fixture(scope="module")
def committed() -> tuple[dict[str, Any], dict[str, Any]]:
    return load(CORRECTIONS)


def test_every_recorded_200_body_validates(
    committed: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    schemas, ops = committed
    failures = []
    for op, body in _recorded_200():
        schema = ops[op]["schema"]
        if schema is None:
            assert body == "", f"{op}: typed as empty but answered {body[:60]!r}"
            continue
        if body == "":
            failures.append(f"{op}: empty body but schema {schema}")
            continue
        errors = list(validator(schemas, schema).iter_errors(json.loads(body)))
        failures += [f"{op}: {e.message[:120]} at {list(e.absolute_path)}" for e in errors[:1]]
    assert not failures, "\n".join(failures)


def test_mutated_second_recording_validates(
    committed: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    """Other resources, other values: null every nullable field, change every string
    (enums to another member), bump numbers, add unknown keys; all must still parse."""
    schemas, ops = committed
    failures = []
    for op, body in _recorded_200():
        schema = ops[op]["schema"]
        if schema is None or body == "":
            continue
        value = json.loads(body)
        v = validator(schemas, schema)
        for mode in ("null", "change"):
            mutated = _mutate(copy.deepcopy(value), schema, schemas, mode)
            errors = list(v.iter_errors(mutated))
            failures += [f"{op}/{mode}: {e.message[:120]} at {list(e.absolute_path)}" for e in errors[:1]]
    assert not failures, "\n".join(failures[:30])


def test_committed_corrections_cover_the_live_spec(
    committed: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    spec = json.loads((_shared() / "live-v0.30.2" / "openapi.json").read_text())
    names = {path.strip("/") for path in spec["paths"]}
    schemas, ops = committed
    assert names <= set(ops)
    assert all(e["source"] in {"traffic", "db-schema", "source", "json", "manual"} for e in ops.values())
    assert all(e.get("note") for e in ops.values() if e["source"] == "json")
    missing = {r[len(REF) :] for e in ops.values() for r in _refs(e["schema"])} - set(schemas)
    assert not missing


def test_committed_corrections_are_what_the_learner_derives(tmp_path: Path) -> None:
    """Re-learning the shared recordings and our cassettes into the committed data changes nothing."""
    shared = _shared()
    out = tmp_path / "corrections"
    shutil.copytree(CORRECTIONS, out)
    spec = json.loads((shared / "live-v0.30.2" / "openapi.json").read_text())
    snapshot = shared / "db-schema" / "drizzle-0185_snapshot.json"
    cassettes = Path(__file__).resolve().parents[2] / "cassettes"
    report = learn([shared / "recordings", cassettes], out, snapshot, spec)
    assert not report.changed, report.render()


def test_db_schema_drives_shared_resources(
    committed: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    schemas, ops = committed
    _shared()
    app = {"$ref": REF + "Application"}
    assert ops["application.one"]["schema"] == app
    assert ops["application.create"]["schema"] == app
    env = schemas["Environment"]["properties"]
    assert env["applications"] == {"type": "array", "items": app}
    assert schemas["Project"]["properties"]["environments"]["items"] == {"$ref": REF + "Environment"}
    props = schemas["Application"]["properties"]
    assert props["description"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert props["name"] == {"type": "string"}
    assert "format" not in json.dumps(schemas)
    assert props["applicationStatus"]["enum"] == ["idle", "running", "done", "error"]


# ---------------------------------------------------------------- mutation helpers


def _mutate(value: Any, schema: Any, schemas: dict[str, Any], mode: str) -> Any:
    schema = _resolve(schema, schemas)
    if isinstance(value, dict):
        return _mutate_object(value, schema, schemas, mode)
    if isinstance(value, list):
        items = _branch_for(value, schema, schemas).get("items", {})
        return [_mutate(v, items, schemas, mode) for v in value]
    branch = _branch_for(value, schema, schemas)
    if mode == "null" and _admits_null(schema, schemas) and value is not None:
        return None
    if "enum" in branch and isinstance(value, str):
        others = [e for e in branch["enum"] if e != value]
        return others[0] if others else value
    if isinstance(value, str):
        return value + "-mutated"
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return value + 7
    return value


def _mutate_object(
    value: dict[str, Any], schema: dict[str, Any], schemas: dict[str, Any], mode: str
) -> dict[str, Any]:
    branch = _branch_for(value, schema, schemas)
    props = branch.get("properties", {})
    out = {k: _mutate(v, props.get(k, {}), schemas, mode) for k, v in value.items()}
    out["zzUnknownField"] = {"added": "by a newer Dokploy"}
    return out


def _resolve(schema: Any, schemas: dict[str, Any]) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas[schema["$ref"][len(REF) :]]
    return schema


def _branch_for(value: Any, schema: Any, schemas: dict[str, Any]) -> dict[str, Any]:
    """The anyOf branch that describes this value (its JSON kind)."""
    schema = _resolve(schema, schemas)
    if not isinstance(schema, dict):
        return {}
    for b in schema.get("anyOf", [schema]):
        b = _resolve(b, schemas)
        if _kind_ok(value, b):
            return dict(b)
    return {}


def _kind_ok(value: Any, schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind is None:
        return "properties" in schema if isinstance(value, dict) else True
    return {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "null": value is None,
    }.get(kind, False)


def _admits_null(schema: Any, schemas: dict[str, Any]) -> bool:
    schema = _resolve(schema, schemas)
    return isinstance(schema, dict) and (
        schema == {} or any(_resolve(b, schemas) == {"type": "null"} for b in schema.get("anyOf", []))
    )


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


def _refs(node: Any) -> Iterator[str]:
    for d in _walk(node):
        if isinstance(d.get("$ref"), str):
            yield d["$ref"]

"""The learner: per-position inference typed by the DB schema, source schemas adjudicated
by traffic (evidence only widens), and the committed corrections against every recorded
200 body (and against mutated "second recording" variants), presence included."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped,unused-ignore]
from support import shared_path

from dokploy_codegen.learn.db import DbSchema
from dokploy_codegen.learn.run import learn
from dokploy_codegen.learn.source import convert
from dokploy_codegen.learn.union import TABLE_KEY

ROOT = Path(__file__).resolve().parents[2]
CORRECTIONS = ROOT / "overrides" / "corrections"
NULL = {"type": "null"}


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
PARTIAL_APP = {"applicationId": "a1", "name": "web", "applicationStatus": "done"}


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
            ("project.all", 200, json.dumps([{**PROJECT, "applications": [PARTIAL_APP]}])),
            ("project.all", 200, json.dumps([{**PROJECT, "applications": [{"applicationId": "a2"}]}])),
            ("project.create", 200, json.dumps({"project": PROJECT, "ok": True})),
            ("application.deploy", 200, ""),
            ("application.update", 200, "true"),
            ("application.update", 400, '{"message": "bad"}'),
        ],
    )
    return {"snapshot": snap, "recordings": rec, "out": tmp_path / "corrections"}


def run(paths: dict[str, Path], spec: dict[str, Any] | None = None, **kw: Any) -> Any:
    return learn([paths["recordings"]], paths["out"], paths["snapshot"], spec, **kw)


def ops_of(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "operations.json").read_text())
    return data


def schema_of(out: Path, op: str) -> Any:
    return ops_of(out)[op]["schema"]


# ---------------------------------------------------------------- inference from traffic


def test_db_nullability_and_types(synthetic: dict[str, Path]) -> None:
    run(synthetic)
    props = schema_of(synthetic["out"], "application.create")["properties"]
    # null in every sample, nullable text column: still string|null, not "any"
    assert props["env"] == {"anyOf": [{"type": "string"}, NULL]}
    assert props["name"] == {"type": "string"}  # notNull: never null
    assert props["replicas"] == {"type": "integer"}
    assert props["createdAt"] == {"type": "string"}  # timestamp: exact string, no format
    assert props["labels"] == {"anyOf": [{"type": "array", "items": {"type": "string"}}, NULL]}
    assert props["applicationStatus"] == {"type": "string", "enum": ["idle", "running", "done"]}


def test_each_position_is_typed_from_its_own_samples(synthetic: dict[str, Path]) -> None:
    """project.all's application rows are partial: only the key they always carry is required;
    project.one's are full rows. Nothing is shared because rows share keys."""
    run(synthetic)
    partial = schema_of(synthetic["out"], "project.all")["items"]["properties"]["applications"]["items"]
    assert partial["required"] == ["applicationId"]
    assert set(partial["properties"]) == {"applicationId", "name", "applicationStatus"}
    assert partial[TABLE_KEY] == "application"
    full = schema_of(synthetic["out"], "project.one")["properties"]["applications"]["items"]
    assert set(full["required"]) == set(APP)
    one = schema_of(synthetic["out"], "application.one")
    assert "computed" in one["properties"] and "computed" not in full["properties"]
    assert one["properties"]["project"]["required"] == sorted(PROJECT)


def test_objects_allow_unknown_fields(synthetic: dict[str, Path]) -> None:
    run(synthetic)
    objects = [
        s for e in ops_of(synthetic["out"]).values() for s in _walk(e["schema"]) if s.get("type") == "object"
    ]
    assert objects and all(s.get("additionalProperties") is True for s in objects)
    sample = {**APP, "project": PROJECT, "computed": 2.5, "new": {"x": 1}}
    assert Draft202012Validator(schema_of(synthetic["out"], "application.one")).is_valid(sample)


def test_operation_kinds(synthetic: dict[str, Path]) -> None:
    names = ["application.readAppMonitoring", "application.deploy", "application.update", "project.create"]
    spec: dict[str, Any] = {"paths": {f"/{n}": {"post": {}} for n in names}}
    report = run(synthetic, spec)
    ops = ops_of(synthetic["out"])
    assert ops["application.deploy"] == {"schema": None, "source": "traffic", "note": "empty body"}
    assert ops["application.update"]["schema"] == {"type": "boolean"}
    never = ops["application.readAppMonitoring"]
    assert never["source"] == "json" and never["schema"] == {} and "400" not in never["note"]
    assert "application.readAppMonitoring" in report.render()


def test_cassettes_are_read(synthetic: dict[str, Path]) -> None:
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
    project = schema_of(synthetic["out"], "project.one")
    assert project["properties"]["brandNew"] == {"type": "string"}
    assert "brandNew" not in project["required"]  # one of two samples lacks it


def test_a_tree_is_one_recursive_model(tmp_path: Path) -> None:
    leaf = {"id": "/a/b/c", "type": "file"}
    tree = [
        {
            "id": "/a",
            "type": "directory",
            "children": [{"id": "/a/b", "type": "directory", "children": [leaf]}],
        }
    ]
    rec = write_jsonl(tmp_path / "r.jsonl", [("settings.readDirectories", 200, json.dumps(tree))])
    learn([rec], tmp_path / "out", None, None)
    items = schema_of(tmp_path / "out", "settings.readDirectories")["items"]
    assert items["required"] == ["id", "type"]
    assert items["properties"]["children"] == {"type": "array", "items": {"$ref": "#/items"}}


# ---------------------------------------------------------------- evidence only widens


def test_relearn_is_idempotent(synthetic: dict[str, Path]) -> None:
    first = run(synthetic)
    assert first.changed
    before = ops_of(synthetic["out"])
    second = run(synthetic)
    assert not second.changed, second.render()
    assert ops_of(synthetic["out"]) == before


def test_fewer_sources_never_narrow_or_drop(synthetic: dict[str, Path], tmp_path: Path) -> None:
    run(synthetic)
    before = ops_of(synthetic["out"])
    few = write_jsonl(
        tmp_path / "few.jsonl", [("project.one", 200, json.dumps({**PROJECT, "applications": []}))]
    )
    report = learn([few], synthetic["out"], None, None)
    assert not report.changed, report.render()
    assert ops_of(synthetic["out"]) == before  # project.all, application.one, ... all kept


def test_traffic_widens_and_says_so(synthetic: dict[str, Path], tmp_path: Path) -> None:
    run(synthetic)
    before = ops_of(synthetic["out"])
    app = {k: v for k, v in APP.items() if k != "replicas"}
    more = write_jsonl(
        tmp_path / "more.jsonl",
        [
            (
                "application.create",
                200,
                json.dumps({**app, "name": None, "applicationStatus": "error", "extra": 1}),
            )
        ],
    )
    report = learn([more], synthetic["out"], None, None)
    after = schema_of(synthetic["out"], "application.create")
    old = before["application.create"]["schema"]
    assert (
        "replicas" not in after["required"]
        and after["properties"]["replicas"] == old["properties"]["replicas"]
    )
    assert after["properties"]["name"] == {"anyOf": [{"type": "string"}, NULL]}
    assert after["properties"]["applicationStatus"]["enum"] == ["idle", "running", "done", "error"]
    assert "extra" in after["properties"] and "extra" not in after["required"]
    text = report.render()
    for fragment in ("replicas: absent in 1 of 1", ".name: null seen", "outside the enum", ".extra: not in"):
        assert fragment in text, text
    assert report.operations["changed"] == ["application.create"]
    assert {k: v for k, v in ops_of(synthetic["out"]).items() if k != "application.create"} == {
        k: v for k, v in before.items() if k != "application.create"
    }


def test_manual_entries_are_never_touched(synthetic: dict[str, Path]) -> None:
    run(synthetic)
    ops = ops_of(synthetic["out"])
    ops["application.update"] = {"schema": {"type": "string"}, "source": "manual", "note": "me"}
    (synthetic["out"] / "operations.json").write_text(json.dumps(ops))
    run(synthetic, fresh=True)
    assert ops_of(synthetic["out"])["application.update"] == ops["application.update"]


def test_source_schema_is_the_base_and_traffic_adjudicates(
    synthetic: dict[str, Path], tmp_path: Path
) -> None:
    """The source claims ``name`` always there and no null; one recorded row lacks it."""
    source = tmp_path / "v1.json"
    row = {
        "type": "object",
        "properties": {"applicationId": {"type": "string"}, "name": {"type": "string"}},
        "required": ["applicationId", "name"],
    }
    source.write_text(
        json.dumps(
            {
                "format": 1,
                "dokploy_version": "v1",
                "operations": {
                    "project.all": {"status": "typed", "schema": {"type": "array", "items": row}},
                    "application.reload": {"status": "typed", "schema": {"const": True}},
                    "docker.getConfig": {"status": "json", "reason": "returns `any`"},
                    "application.deploy": {"status": "typed", "schema": {"type": "null"}, "empty": "always"},
                },
            }
        )
    )
    rec = write_jsonl(tmp_path / "r.jsonl", [("project.all", 200, json.dumps([{"applicationId": "a"}]))])
    report = learn([rec], synthetic["out"], synthetic["snapshot"], None, source_schemas=source, fresh=True)
    ops = ops_of(synthetic["out"])
    assert ops["project.all"]["schema"]["items"]["required"] == ["applicationId"]
    assert "project.all[].name: absent in 1 of 1 responses: now optional" in report.widenings
    assert ops["application.reload"]["schema"] == {"type": "boolean"}
    assert ops["docker.getConfig"] == {"schema": {}, "source": "json", "note": "returns `any`"}
    assert ops["application.deploy"]["schema"] is None


# ---------------------------------------------------------------- source schema conversion


def test_source_conversion_rules() -> None:
    db = DbSchema.from_snapshot(SNAPSHOT)
    member = {
        "type": "object",
        "properties": {
            "applicationId": {"type": "string"},
            "name": {"type": "string"},
            "replicas": {"type": "number"},
            "createdAt": {"type": "string", "format": "date-time"},
            "env": {"type": ["string", "null"]},
            "applicationStatus": {"enum": ["idle", "done", None]},
        },
        "required": ["applicationId", "name", "replicas", "createdAt", "env", "applicationStatus"],
    }
    owner = {
        "type": "object",
        "properties": {"applicationId": {"type": "string"}},
        "required": ["applicationId"],
    }
    out = convert(
        {"$schema": "x", "anyOf": [{"type": "array", "items": member}, {"type": "array", "items": owner}]}, db
    )
    items = out["items"]
    assert items["required"] == ["applicationId"]  # the owner branch has only the id
    assert items[TABLE_KEY] == "application"
    props = items["properties"]
    assert props["replicas"] == {"type": "integer"}  # an integer column
    assert props["createdAt"] == {"type": "string"}  # no format: the ISO string round-trips
    assert props["env"] == {"anyOf": [{"type": "string"}, NULL]}
    assert props["applicationStatus"] == {"anyOf": [{"type": "string", "enum": ["idle", "done"]}, NULL]}


def test_source_recursion_becomes_a_pointer() -> None:
    tree = {
        "$ref": "#/$defs/Array",
        "$defs": {
            "Array": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "children": {"$ref": "#/$defs/Array"}},
                    "required": ["id"],
                },
            }
        },
    }
    out = convert(tree, DbSchema({}))
    assert out["items"]["properties"]["children"] == {"type": "array", "items": {"$ref": "#/items"}}


def test_property_names_that_look_like_keywords_survive() -> None:
    schema = {
        "type": "object",
        "properties": {"description": {"type": "string"}, "title": {"type": "string"}},
    }
    assert set(convert(schema, DbSchema({}))["properties"]) == {"description", "title"}


# ---------------------------------------------------------------- the shared recordings


def _shared() -> Path:
    return shared_path("recordings").parent


def _recorded_200() -> Iterator[tuple[str, str]]:
    for path in sorted((_shared() / "recordings").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            rec = json.loads(line)
            if rec["status"] == 200:
                yield rec["operation"], rec["body_text"]


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    return ops_of(CORRECTIONS)


def test_every_recorded_200_body_validates(committed: dict[str, Any]) -> None:
    """Presence included: ``required`` is what every response of the operation carries."""
    failures = []
    for op, body in _recorded_200():
        schema = committed[op]["schema"]
        if schema is None:
            assert body == "", f"{op}: typed as empty but answered {body[:60]!r}"
            continue
        value = json.loads(body) if body else None
        errors = list(Draft202012Validator(schema).iter_errors(value))
        failures += [f"{op}: {e.message[:120]} at {list(e.absolute_path)}" for e in errors[:1]]
    assert not failures, "\n".join(failures)


def test_mutated_second_recording_validates(committed: dict[str, Any]) -> None:
    """Other resources, other values: null every nullable field, change every string
    (enums to another member), bump numbers, add unknown keys; all must still parse."""
    failures = []
    for op, body in _recorded_200():
        schema = committed[op]["schema"]
        if schema is None or body == "":
            continue
        value = json.loads(body)
        v = Draft202012Validator(schema)
        for mode in ("null", "change"):
            mutated = _mutate(copy.deepcopy(value), schema, schema, mode)
            errors = list(v.iter_errors(mutated))
            failures += [f"{op}/{mode}: {e.message[:120]} at {list(e.absolute_path)}" for e in errors[:1]]
    assert not failures, "\n".join(failures[:30])


def test_committed_corrections_cover_the_live_spec(committed: dict[str, Any]) -> None:
    spec = json.loads((_shared() / "live-v0.30.2" / "openapi.json").read_text())
    names = {path.strip("/") for path in spec["paths"]}
    assert names == set(committed)
    assert all(e["source"] in {"traffic", "source", "json", "manual"} for e in committed.values())
    assert all(e.get("note") for e in committed.values() if e["source"] == "json")
    concrete = [op for op, e in committed.items() if e["schema"] != {}]
    assert len(concrete) >= 585, f"only {len(concrete)} of {len(committed)} operations typed"


def test_committed_corrections_are_what_the_learner_derives(tmp_path: Path) -> None:
    """Re-deriving from scratch (source schemas, the shared recordings and our cassettes)
    reproduces the committed data byte for byte, and re-learning on top changes nothing."""
    shared = _shared()
    spec = json.loads((shared / "live-v0.30.2" / "openapi.json").read_text())
    snapshot = shared / "db-schema" / "drizzle-0185_snapshot.json"
    source = CORRECTIONS / "source" / "v0.30.2.json"
    sources = [shared / "recordings", ROOT / "cassettes"]
    for fresh in (True, False):
        out = tmp_path / f"fresh-{fresh}"
        shutil.copytree(CORRECTIONS, out)
        report = learn(sources, out, snapshot, spec, source_schemas=source, fresh=fresh)
        assert not report.changed, report.render()
        assert (out / "operations.json").read_bytes() == (CORRECTIONS / "operations.json").read_bytes()


# ---------------------------------------------------------------- mutation helpers


def _mutate(value: Any, schema: Any, root: Any, mode: str) -> Any:
    schema = _resolve(schema, root)
    if isinstance(value, dict):
        branch = _branch_for(value, schema, root)
        props = branch.get("properties", {})
        out = {k: _mutate(v, props.get(k, {}), root, mode) for k, v in value.items()}
        out["zzUnknownField"] = {"added": "by a newer Dokploy"}
        return out
    if isinstance(value, list):
        items = _branch_for(value, schema, root).get("items", {})
        return [_mutate(v, items, root, mode) for v in value]
    branch = _branch_for(value, schema, root)
    if mode == "null" and _admits_null(schema, root) and value is not None:
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


def _resolve(schema: Any, root: Any) -> Any:
    """Local pointers (``#/items`` of a tree) resolve within the operation's schema."""
    while isinstance(schema, dict) and "$ref" in schema:
        node = root
        for token in schema["$ref"].removeprefix("#").split("/")[1:]:
            node = node[int(token)] if isinstance(node, list) else node[token]
        schema = node
    return schema


def _branch_for(value: Any, schema: Any, root: Any) -> dict[str, Any]:
    """The anyOf branch that describes this value (its JSON kind)."""
    schema = _resolve(schema, root)
    if not isinstance(schema, dict):
        return {}
    for b in schema.get("anyOf", [schema]):
        b = _resolve(b, root)
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


def _admits_null(schema: Any, root: Any) -> bool:
    schema = _resolve(schema, root)
    return isinstance(schema, dict) and (
        schema == {} or any(_resolve(b, root) == NULL for b in schema.get("anyOf", []))
    )


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)

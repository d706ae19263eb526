"""Tests for dokploy_codegen.specdiff: real Dokploy spec history plus synthetic specs per kind."""

from __future__ import annotations

import copy
import json
import re
import threading
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import shared_path

from dokploy_codegen.specdiff.diff import Change, SpecDiff, diff_specs
from dokploy_codegen.specdiff.render import render_text
from dokploy_codegen.specdiff.schema import schema_fields

_EMPTY = {"added": [], "removed": [], "breaking": [], "changed": []}
DOCS_DATE = re.compile(r"docs-site_(\d{4}-\d{2}-\d{2})_\w+\.json$")


# --- real data -------------------------------------------------------------------------------


def _docs_site_files() -> list[Path]:
    files = sorted(shared_path("specs").glob("docs-site_*.json"), key=lambda p: DOCS_DATE.search(p.name)[1])  # type: ignore[index]
    assert len(files) >= 7, files
    return files


@cache
def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text())  # type: ignore[no-any-return]


@cache
def _diff(old: Path, new: Path) -> SpecDiff:
    return diff_specs(_load(old), _load(new))


def _by_date(date: str) -> Path:
    (match,) = [p for p in _docs_site_files() if f"_{date}_" in p.name]
    return match


def _pairs() -> list[tuple[Path, Path]]:
    files = _docs_site_files()
    return [*pairwise(files), (files[0], files[-1])]


def _independent_names(spec: dict[str, Any]) -> set[str]:
    """Operation names written differently from naming.operation_name: one regex on the path."""
    names = set()
    for path, item in spec["paths"].items():
        name = re.sub(r"^/([^/.]+)[/.]([^/.]+)$", r"\1.\2", path)
        assert name != path, path
        names |= {name for method in item if method in {"get", "post", "put", "patch", "delete"}}
    return names


def _pair_id(pair: tuple[Path, Path]) -> str:
    return f"{DOCS_DATE.search(pair[0].name)[1]}->{DOCS_DATE.search(pair[1].name)[1]}"  # type: ignore[index]


@pytest.fixture(params=range(7), ids=lambda i: f"pair{i}")
def pair(request: pytest.FixtureRequest) -> tuple[Path, Path]:
    pairs = _pairs()
    assert len(pairs) == 7, "six adjacent docs-site pairs plus first->last expected"
    return pairs[request.param]


def test_added_and_removed_match_independent_set_arithmetic(pair: tuple[Path, Path]) -> None:
    old, new = (_independent_names(_load(p)) for p in pair)
    diff = _diff(*pair)
    assert diff.added == sorted(new - old), _pair_id(pair)
    assert diff.removed == sorted(old - new), _pair_id(pair)
    removed_ops = sorted(c.operation for c in diff.breaking if c.kind == "operation-removed")
    assert removed_ops == diff.removed


@pytest.mark.parametrize(
    ("old_date", "new_date"), [("2025-12-07", "2026-02-25"), ("2026-02-25", "2026-04-18")]
)
def test_slash_path_style_switch_is_not_a_mass_remove_and_add(old_date: str, new_date: str) -> None:
    old, new = _load(_by_date(old_date)), _load(_by_date(new_date))
    assert len(set(old["paths"]) ^ set(new["paths"])) > 400, "precondition: raw paths differ wholesale"
    diff = diff_specs(old, new)
    assert diff.removed == []
    assert 0 < len(diff.added) < 100


def test_slash_spec_equals_its_dotted_rewrite() -> None:
    slashed = _load(_by_date("2026-02-25"))
    assert all("/" in p.strip("/") for p in slashed["paths"])
    dotted = {
        **slashed,
        "paths": {p.replace("/", ".").replace(".", "/", 1): v for p, v in slashed["paths"].items()},
    }
    assert set(dotted["paths"]).isdisjoint(slashed["paths"])
    diff = diff_specs(slashed, dotted)
    assert diff.to_json() == {"added": [], "removed": [], "breaking": [], "changed": []}


def test_live_spec_has_the_same_operations_as_the_last_docs_site_spec() -> None:
    live = shared_path("live-v0.30.2", "openapi.json")
    diff = diff_specs(_load(_docs_site_files()[-1]), _load(live))
    assert (diff.added, diff.removed) == ([], [])


def test_save_environment_create_env_file_is_flagged_where_it_appears() -> None:
    files = _docs_site_files()

    def has_field(path: Path) -> bool:
        ops = {re.sub(r"[/.]", ".", p.strip("/")): v for p, v in _load(path)["paths"].items()}
        schema = ops["application.saveEnvironment"]["post"]["requestBody"]["content"]["application/json"][
            "schema"
        ]
        return "createEnvFile" in schema["properties"]

    first = next(i for i, p in enumerate(files) if has_field(p))
    assert first > 0, "createEnvFile is expected to be added during the history"
    diff = _diff(files[first - 1], files[first])
    assert (
        Change(
            "application.saveEnvironment",
            "request-field-added-required",
            "createEnvFile: new required field (boolean)",
            "createEnvFile",
        )
        in diff.breaking
    )
    assert diff.has_breaking


@pytest.mark.parametrize(("field", "date"), [("volumeBackup", "2025-12-07"), ("dokployBackup", "2026-04-18")])
def test_notification_creates_gaining_required_flags_are_breaking(field: str, date: str) -> None:
    files = _docs_site_files()
    i = files.index(_by_date(date))
    flagged = {c.operation for c in _diff(files[i - 1], files[i]).breaking if c.field == field}
    assert {
        "notification.createSlack",
        "notification.createDiscord",
        "notification.createEmail",
    } <= flagged
    assert all(op.startswith("notification.create") for op in flagged)


def _required_top_level(spec: dict[str, Any]) -> dict[str, tuple[set[str], set[str]]]:
    """Independently: per operation, (all top-level input names, required ones), from raw JSON."""
    out = {}
    for path, item in spec["paths"].items():
        for op in item.values():
            names, required = set(), set()
            for param in op.get("parameters", []):
                names.add(param["name"])
                if param.get("required"):
                    required.add(param["name"])
            for media in op.get("requestBody", {}).get("content", {}).values():
                names |= set(media["schema"].get("properties", {}))
                required |= set(media["schema"].get("required", []))
            out[re.sub(r"[/.]", ".", path.strip("/"))] = (names, required)
    return out


def test_every_newly_required_top_level_field_is_breaking_and_nothing_else(
    pair: tuple[Path, Path],
) -> None:
    old, new = (_required_top_level(_load(p)) for p in pair)
    expected = {(op, field) for op in old.keys() & new.keys() for field in new[op][1] - old[op][1]}
    kinds = {"request-field-became-required", "request-field-added-required"}
    flagged = {
        (c.operation, c.field)
        for c in _diff(*pair).breaking
        if c.kind in kinds and "." not in (c.field or ".")
    }
    assert flagged == expected, _pair_id(pair)


def test_format_move_flags_the_operations_whose_fields_became_required() -> None:
    diff = _diff(_by_date("2025-12-07"), _by_date("2026-02-25"))
    ops = {c.operation for c in diff.breaking if c.kind == "request-field-became-required"}
    assert len(ops) == 44
    assert not [c for c in diff.breaking if c.kind.startswith("type-")]


def test_removed_top_level_fields_match_independent_computation(pair: tuple[Path, Path]) -> None:
    old, new = (_required_top_level(_load(p)) for p in pair)
    expected = {(op, f) for op in old.keys() & new.keys() for f in old[op][0] - new[op][0]}
    flagged = {(c.operation, c.field) for c in _diff(*pair).breaking if c.kind == "request-field-removed"}
    assert {x for x in flagged if "." not in x[1] and "[" not in x[1]} == expected  # type: ignore[operator]


# --- synthetic specs -------------------------------------------------------------------------


def _spec(
    operations: dict[str, dict[str, Any]],
    version: str = "3.1.0",
    components: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {f"/{name}": op for name, op in operations.items()},
        "components": components or {},
    }


def _post(properties: dict[str, Any], required: list[str] = (), **extra: Any) -> dict[str, Any]:  # type: ignore[assignment]
    schema = {"type": "object", "properties": properties, "required": list(required)}
    return {
        "post": {
            "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
            **extra,
        }
    }


def _get(params: dict[str, tuple[dict[str, Any], bool]]) -> dict[str, Any]:
    parameters = [{"name": n, "in": "query", "required": r, "schema": s} for n, (s, r) in params.items()]
    return {"get": {"parameters": parameters}}


def _one(
    old: dict[str, Any],
    new: dict[str, Any],
    version: tuple[str, str] = ("3.1.0", "3.1.0"),
    **kw: Any,
) -> SpecDiff:
    return diff_specs(_spec({"r.p": old}, version[0]), _spec({"r.p": new}, version[1]), **kw)


def _kinds(changes: list[Change]) -> list[tuple[str | None, str]]:
    return [(c.field, c.kind) for c in changes]


STR = {"type": "string"}
NULL_30 = {"type": "string", "nullable": True}
NULL_ANYOF = {"anyOf": [{"type": "string"}, {"type": "null"}]}
NULL_LIST = {"type": ["string", "null"]}


@pytest.mark.parametrize("nullable", [NULL_30, NULL_ANYOF, NULL_LIST], ids=["3.0", "anyOf", "typelist"])
def test_nullable_to_non_nullable_is_breaking_in_every_spelling(nullable: dict[str, Any]) -> None:
    version = "3.0.3" if "nullable" in nullable else "3.1.0"
    diff = _one(_post({"env": nullable}), _post({"env": STR}), (version, "3.1.0"))
    assert _kinds(diff.breaking) == [("env", "request-field-no-longer-nullable")]
    assert diff.changed == []
    back = _one(_post({"env": STR}), _post({"env": nullable}), ("3.1.0", version))
    assert (back.breaking, _kinds(back.changed)) == ([], [("env", "request-field-became-nullable")])


@pytest.mark.parametrize("a", [NULL_30, NULL_ANYOF, NULL_LIST])
@pytest.mark.parametrize("b", [NULL_30, NULL_ANYOF, NULL_LIST])
def test_nullable_spellings_are_equivalent(a: dict[str, Any], b: dict[str, Any]) -> None:
    diff = _one(_post({"env": a}, ["env"]), _post({"env": b}, ["env"]), ("3.0.3", "3.1.0"))
    assert diff.to_json() == {"added": [], "removed": [], "breaking": [], "changed": []}


def test_zod_optional_and_untyped_nullable_spellings_are_equivalent() -> None:
    old = _post(
        {
            "mode": {"anyOf": [{"not": {}}, {"type": "string", "enum": ["a", "b"]}]},
            "meta": {"nullable": True},
        }
    )
    new = _post({"mode": {"type": "string", "enum": ["b", "a"]}, "meta": {"anyOf": [{}, {"type": "null"}]}})
    assert _one(old, new, ("3.0.3", "3.1.0")).to_json() == _EMPTY


def _provider(name: str, *secrets: str) -> dict[str, Any]:
    properties = {"providerType": {"type": "string", "const": name}} | {k: STR for k in secrets}
    return {"type": "object", "properties": properties, "required": ["providerType", *secrets]}


CLOUDFLARE = _provider("cloudflare", "apiToken")
ROUTE53 = _provider("route53", "accessKeyId", "secretAccessKey")


def _one_of(*branches: dict[str, Any]) -> dict[str, Any]:
    body = {"type": "object", "oneOf": list(branches)}
    return {"post": {"requestBody": {"content": {"application/json": {"schema": body}}}}}


def test_one_of_fields_are_required_only_when_every_branch_requires_them() -> None:
    wider = _one(_one_of(CLOUDFLARE, ROUTE53), _one_of(CLOUDFLARE, ROUTE53, _provider("hetzner", "token")))
    assert wider.breaking == []
    assert _kinds(wider.changed) == [
        ("providerType", "request-enum-widened"),
        ("token", "request-field-added"),
    ]
    narrower = _one(_one_of(CLOUDFLARE, ROUTE53), _one_of(CLOUDFLARE))
    assert _kinds(narrower.breaking) == [
        ("accessKeyId", "request-field-removed"),
        ("apiToken", "request-field-became-required"),
        ("providerType", "request-enum-narrowed"),
        ("secretAccessKey", "request-field-removed"),
    ]


def test_enum_narrowed_and_widened() -> None:
    old = _post({"kind": {"type": "string", "enum": ["a", "b"]}})
    new = _post({"kind": {"type": "string", "enum": ["b", "c"]}})
    diff = _one(old, new)
    assert [(c.kind, c.detail) for c in diff.breaking] == [
        ("request-enum-narrowed", 'kind: values removed: "a"')
    ]
    assert [(c.kind, c.detail) for c in diff.changed] == [("request-enum-widened", 'kind: values added: "c"')]


def test_const_counts_as_a_one_value_enum() -> None:
    old = _post({"p": {"type": "string", "enum": ["cloudflare", "route53"]}})
    new = _post({"p": {"type": "string", "const": "cloudflare"}})
    assert _kinds(_one(old, new).breaking) == [("p", "request-enum-narrowed")]


def test_free_string_to_enum_is_narrowing() -> None:
    diff = _one(_post({"k": STR}), _post({"k": {"type": "string", "enum": ["x"]}}))
    assert _kinds(diff.breaking) == [("k", "request-enum-narrowed")]


@pytest.mark.parametrize(
    ("old", "new", "kind", "breaking"),
    [
        ({"type": ["string", "integer"]}, STR, "request-type-narrowed", True),
        ({}, STR, "request-type-narrowed", True),
        ({"type": "number"}, {"type": "integer"}, "request-type-narrowed", True),
        ({"type": "integer"}, {"type": "number"}, "request-type-widened", False),
        (STR, {"type": "boolean"}, "request-type-changed", True),
    ],
)
def test_type_changes(old: dict[str, Any], new: dict[str, Any], kind: str, breaking: bool) -> None:
    diff = _one(_post({"x": old}), _post({"x": new}))
    assert _kinds(diff.breaking if breaking else diff.changed) == [("x", kind)]
    assert (diff.changed if breaking else diff.breaking) == []


def test_removed_field_and_removed_query_parameter() -> None:
    assert _kinds(_one(_post({"a": STR, "b": STR}), _post({"a": STR})).breaking) == [
        ("b", "request-field-removed")
    ]
    diff = _one(_get({"a": (STR, True), "b": (STR, False)}), _get({"a": (STR, True)}))
    assert _kinds(diff.breaking) == [("b", "request-field-removed")]


def test_required_changes_and_added_fields() -> None:
    old = _post({"a": STR, "b": STR}, ["a"])
    new = _post({"a": STR, "b": STR, "c": STR, "d": STR}, ["b", "c"])
    diff = _one(old, new)
    assert _kinds(diff.breaking) == [
        ("b", "request-field-became-required"),
        ("c", "request-field-added-required"),
    ]
    assert _kinds(diff.changed) == [
        ("a", "request-field-became-optional"),
        ("d", "request-field-added"),
    ]


def test_query_parameter_became_required() -> None:
    diff = _one(_get({"serverId": (STR, False)}), _get({"serverId": (STR, True)}))
    assert _kinds(diff.breaking) == [("serverId", "request-field-became-required")]


def test_nested_fields_are_named_by_dotted_path() -> None:
    def body(host: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
        item = {
            "type": "object",
            "properties": {"host": host, **extra},
            "required": ["host", *extra],
        }
        return _post(
            {
                "domains": {"type": "array", "items": item},
                "labels": {"type": "object", "additionalProperties": STR},
            }
        )

    diff = _one(body(NULL_ANYOF, {}), body(STR, {"port": {"type": "integer"}}))
    assert _kinds(diff.breaking) == [
        ("domains[].host", "request-field-no-longer-nullable"),
        ("domains[].port", "request-field-added-required"),
    ]
    diff = _one(
        _post({"labels": {"type": "object", "additionalProperties": STR}}),
        _post({"labels": {"type": "object", "additionalProperties": {"type": "integer"}}}),
    )
    assert _kinds(diff.breaking) == [("labels{}", "request-type-changed")]


def test_required_fields_inside_a_new_optional_object_are_not_breaking() -> None:
    new_obj = {"type": "object", "properties": {"k": STR}, "required": ["k"]}
    diff = _one(_post({"a": STR}), _post({"a": STR, "opt": new_obj}))
    assert (diff.breaking, _kinds(diff.changed)) == ([], [("opt", "request-field-added")])
    assert _kinds(_one(_post({"a": STR, "opt": new_obj}), _post({"a": STR})).breaking) == [
        ("opt", "request-field-removed")
    ]


def test_method_change_is_breaking_but_same_fields_are_not_reported() -> None:
    diff = _one(_get({"id": (STR, True)}), _post({"id": STR}, ["id"]))
    assert [(c.kind, c.detail) for c in diff.breaking] == [("method-changed", "GET -> POST")]
    assert diff.changed == []


def test_removed_operation_is_breaking_and_added_is_not() -> None:
    diff = diff_specs(_spec({"a.x": _get({}), "a.y": _get({})}), _spec({"a.y": _get({}), "b.z": _get({})}))
    assert (diff.added, diff.removed) == (["b.z"], ["a.x"])
    assert [c.to_json() for c in diff.breaking] == [
        {"operation": "a.x", "kind": "operation-removed", "detail": "operation removed"}
    ]


def test_content_type_and_body_requirement() -> None:
    multipart = {
        "post": {"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}}}
    }
    diff = _one(_post({}), multipart)
    assert [c.kind for c in diff.breaking] == ["request-content-type-removed"]
    assert [c.kind for c in diff.changed] == [
        "request-body-became-optional",
        "request-content-type-added",
    ]


def test_local_refs_are_resolved() -> None:
    components = {
        "schemas": {
            "Body": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
            "A": STR,
        }
    }
    ref_body = {
        "post": {
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}
            }
        }
    }
    inline = {
        "post": {
            "requestBody": {
                "content": {"application/json": {"schema": {"type": "object", "properties": {"a": STR}}}}
            }
        }
    }
    assert (
        diff_specs(_spec({"r.p": ref_body}, components=components), _spec({"r.p": inline})).to_json()[
            "changed"
        ]
        == []
    )
    narrowed = copy.deepcopy(components)
    narrowed["schemas"]["A"] = {"type": "string", "enum": ["z"]}
    diff = diff_specs(
        _spec({"r.p": ref_body}, components=components),
        _spec({"r.p": ref_body}, components=narrowed),
    )
    assert _kinds(diff.breaking) == [("a", "request-enum-narrowed")]


def test_recursive_refs_terminate() -> None:
    components = {
        "schemas": {
            "Node": {
                "type": "object",
                "properties": {
                    "left": {"$ref": "#/components/schemas/Node"},
                    "right": {"$ref": "#/components/schemas/Node"},
                },
            }
        }
    }
    body = {
        "post": {
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}
            }
        }
    }
    spec = _spec({"r.p": body}, components=components)
    result: list[SpecDiff] = []
    worker = threading.Thread(target=lambda: result.append(diff_specs(spec, spec)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert result, "diffing a doubly self-referencing schema did not finish (ref cycle not cut)"
    assert result[0].to_json() == _EMPTY
    fields = schema_fields({"$ref": "#/components/schemas/Node"}, {"components": components})
    assert sorted(fields) == ["", "left", "right"]


# --- responses (corrections) ----------------------------------------------------------------

PROJECT = {
    "type": "object",
    "properties": {"projectId": STR, "name": STR, "description": NULL_ANYOF, "env": STR},
    "required": ["projectId", "name", "description"],
}


def _response_diff(old: dict[str, Any] | None, new: dict[str, Any] | None) -> SpecDiff:
    spec = _spec({"project.one": _get({"projectId": (STR, True)})})
    return diff_specs(
        spec,
        spec,
        old_corrections=None if old is None else {"project.one": old},
        new_corrections=None if new is None else {"project.one": new},
    )


def test_response_field_removed_and_type_changed_are_breaking() -> None:
    new = copy.deepcopy(PROJECT)
    del new["properties"]["env"]
    new["properties"]["name"] = {"type": "integer"}
    new["properties"]["createdAt"] = STR
    diff = _response_diff(PROJECT, new)
    assert _kinds(diff.breaking) == [
        ("env", "response-field-removed"),
        ("name", "response-type-changed"),
    ]
    assert _kinds(diff.changed) == [("createdAt", "response-field-added")]


def test_response_direction_is_reversed_for_nullability_and_optionality() -> None:
    new = copy.deepcopy(PROJECT)
    new["properties"]["name"] = NULL_30
    new["required"] = ["projectId", "name"]
    diff = _response_diff(PROJECT, new)
    assert _kinds(diff.breaking) == [
        ("description", "response-field-became-optional"),
        ("name", "response-field-became-nullable"),
    ]
    assert _kinds(_response_diff(new, PROJECT).breaking) == []


def test_response_root_type_change_is_breaking() -> None:
    diff = _response_diff(PROJECT, {"type": "array", "items": PROJECT})
    assert diff.breaking[0] == Change(
        "project.one", "response-type-changed", "(body): type object -> array", ""
    )
    assert {c.kind for c in diff.breaking[1:]} == {"response-field-removed"}


def test_response_needs_corrections_on_both_sides() -> None:
    assert _response_diff(PROJECT, None).to_json()["changed"] == []
    assert _response_diff(None, PROJECT).to_json()["breaking"] == []


# --- output ---------------------------------------------------------------------------------


def test_to_json_shape_and_text_report() -> None:
    old = _spec({"a.gone": _get({}), "a.keep": _post({"x": STR, "y": STR})})
    new = _spec({"a.keep": _post({"x": STR, "z": STR}, ["z"]), "a.new": _get({})})
    diff = diff_specs(old, new)
    data = diff.to_json()
    assert json.loads(json.dumps(data)) == data
    assert list(data) == ["added", "removed", "breaking", "changed"]
    assert data["added"] == ["a.new"] and data["removed"] == ["a.gone"]
    assert all(set(c) == {"operation", "kind", "detail"} for c in data["breaking"] + data["changed"])
    assert [c["kind"] for c in data["breaking"]] == [
        "operation-removed",
        "request-field-removed",
        "request-field-added-required",
    ]
    text = render_text(diff)
    assert text.splitlines()[0] == "Spec diff: 1 added, 1 removed, 3 breaking, 0 other changes"
    assert "BREAKING" in text and "  - a.gone" in text and "  + a.new" in text
    assert "[request-field-added-required] z: new required field (string)" in text
    empty = diff_specs(old, old)
    assert not empty.has_breaking and "No breaking changes" in render_text(empty)


# --- properties -----------------------------------------------------------------------------

_NAMES = st.sampled_from(["a", "b", "c"])
_SCALARS = st.sampled_from(["string", "integer", "number", "boolean"])


def _tree(depth: int = 2) -> st.SearchStrategy[dict[str, Any]]:
    """An abstract field: kind, nullable, and enum / properties / items."""
    leaf = st.fixed_dictionaries(
        {
            "kind": _SCALARS,
            "nullable": st.booleans(),
            "enum": st.none() | st.sets(_NAMES, min_size=1),
        }
    ).map(lambda d: {**d, "enum": d["enum"] if d["kind"] == "string" else None})
    if depth == 0:
        return leaf
    sub = _tree(depth - 1)
    obj = st.fixed_dictionaries(
        {
            "kind": st.just("object"),
            "nullable": st.booleans(),
            "props": st.dictionaries(_NAMES, st.tuples(sub, st.booleans())),
        }
    )
    arr = st.fixed_dictionaries({"kind": st.just("array"), "nullable": st.booleans(), "items": sub})
    return leaf | obj | arr


def _render(tree: dict[str, Any], style: str, draw: Any) -> dict[str, Any]:
    """Spell an abstract field as OpenAPI 3.0 (``style="3.0"``) or some 3.1 spelling."""
    schema: dict[str, Any] = {"type": tree["kind"]}
    if tree.get("enum"):
        schema["enum"] = sorted(tree["enum"])
    if tree["kind"] == "object":
        schema["properties"] = {k: _render(v, style, draw) for k, (v, _) in tree["props"].items()}
        schema["required"] = [k for k, (_, req) in tree["props"].items() if req]
    if tree["kind"] == "array":
        schema["items"] = _render(tree["items"], style, draw)
    if not tree["nullable"]:
        return schema
    if style == "3.0":
        return {**schema, "nullable": True}
    if draw(st.booleans()):
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [tree["kind"], "null"]}


def _body_spec(props: dict[str, Any], style: str, draw: Any) -> dict[str, Any]:
    root = {"kind": "object", "nullable": False, "props": props}
    body = {
        "post": {"requestBody": {"content": {"application/json": {"schema": _render(root, style, draw)}}}}
    }
    return _spec({"r.p": body}, "3.0.3" if style == "3.0" else "3.1.0")


_PROPS = st.dictionaries(_NAMES, st.tuples(_tree(), st.booleans()))


@settings(max_examples=150, deadline=None)
@given(props=_PROPS, data=st.data())
def test_property_3_0_and_3_1_spellings_of_one_schema_do_not_differ(
    props: dict[str, Any], data: st.DataObject
) -> None:
    diff = diff_specs(_body_spec(props, "3.0", data.draw), _body_spec(props, "3.1", data.draw))
    assert diff.to_json() == {"added": [], "removed": [], "breaking": [], "changed": []}


_MIRROR = {
    "field-became-required": "field-became-optional",
    "field-became-nullable": "field-no-longer-nullable",
    "type-narrowed": "type-widened",
    "type-changed": "type-changed",
    "enum-narrowed": "enum-widened",
    "field-removed": "field-added",
}
_MIRROR |= {v: k for k, v in _MIRROR.items()}


def _facts(diff: SpecDiff, mirrored: bool) -> set[tuple[str | None, str]]:
    out = set()
    for change in diff.breaking + diff.changed:
        suffix = change.kind.removeprefix("request-").replace("field-added-required", "field-added")
        out.add((change.field, _MIRROR[suffix] if mirrored else suffix))
    return out


@settings(max_examples=200, deadline=None)
@given(a=_PROPS, b=_PROPS, data=st.data())
def test_property_every_change_is_seen_mirrored_the_other_way(
    a: dict[str, Any], b: dict[str, Any], data: st.DataObject
) -> None:
    old, new = _body_spec(a, "3.1", data.draw), _body_spec(b, "3.0", data.draw)
    forward, backward = diff_specs(old, new), diff_specs(new, old)
    assert _facts(forward, mirrored=False) == _facts(backward, mirrored=True)
    assert (forward.to_json() == _EMPTY) == (a == b)


@settings(max_examples=100, deadline=None)
@given(
    st.sets(st.sampled_from(["a.x", "a.y", "b.x", "c.z"])),
    st.sets(st.sampled_from(["a.x", "a.y", "b.x", "c.z"])),
)
def test_property_added_one_way_is_removed_the_other(a: set[str], b: set[str]) -> None:
    old, new = _spec({n: _get({}) for n in a}), _spec({n: _get({}) for n in b})
    assert diff_specs(old, new).added == diff_specs(new, old).removed == sorted(b - a)
    assert diff_specs(old, old).to_json() == _EMPTY

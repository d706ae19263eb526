"""Response types derived from TypeScript source (``learn --source``): the extractor and its data.

The fixture router (generator/tests/fixtures/trpc_router) holds each pitfall of Dokploy's code in a few
lines: a resolver with two differently shaped ``return`` branches, a Drizzle-style relation
declared from the non-foreign-key side, a ``Date``, optional properties, recursion, ``any``,
bare ``true``/void answers and a subscription. The extractor tests need node and the
extractor's npm dependencies and skip (saying how to install them) without.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from support import CORRECTIONS, REPO_ROOT, shared_path

from dokploy_codegen.cli import main
from dokploy_codegen.learn import source_types
from dokploy_codegen.learn.exchanges import Exchange, read_exchanges

FIXTURE = Path(__file__).parent / "fixtures" / "trpc_router"
SOURCE_V0_30_2 = CORRECTIONS / "source" / "v0.30.2.json"

_missing = source_types.missing_requirement()
needs_extractor = pytest.mark.skipif(_missing is not None, reason=f"extractor cannot run: {_missing}")


@pytest.fixture(scope="module")
def fixture_doc() -> dict[str, Any]:
    return source_types.run_extractor(FIXTURE / "tsconfig.json", FIXTURE / "root.ts")


def _op(doc: dict[str, Any], name: str) -> dict[str, Any]:
    entry: dict[str, Any] = doc["procedures"][name]
    return entry


def _valid(schema: dict[str, Any], body: Any) -> bool:
    return bool(Draft202012Validator(schema).is_valid(body))


@needs_extractor
def test_each_return_branch_is_typed_on_its_own(fixture_doc: dict[str, Any]) -> None:
    """Owners get id-only rows, members full rows: no branch claims the other's fields."""
    entry = _op(fixture_doc, "project.all")
    assert entry["status"] == "typed"
    branches = entry["schema"]["anyOf"]
    required = sorted(tuple(b["items"].get("required", [])) for b in branches)
    assert required == [("projectId",), ("projectId", "name", "createdAt", "archived")]
    schema = entry["schema"]
    assert _valid(schema, [{"projectId": "p1"}])
    assert _valid(schema, [])  # `return []` is covered by the row branches, not a third shape
    assert not _valid(schema, [{"name": "no id"}])


@needs_extractor
def test_dates_optional_and_nullable_fields_and_functions(fixture_doc: dict[str, Any]) -> None:
    branches = _op(fixture_doc, "project.all")["schema"]["anyOf"]
    full = next(b for b in branches if "name" in b["items"]["properties"])
    props = full["items"]["properties"]
    assert props["createdAt"] == {"type": "string", "format": "date-time"}
    assert props["archived"] == {"type": ["boolean", "null"]}
    assert "description" in props and "description" not in full["items"]["required"]  # `x?: T`
    assert "note" in props and "note" not in full["items"]["required"]  # `x: T | undefined`
    assert "onChange" not in props  # functions are not sent


@needs_extractor
def test_relation_declared_from_the_other_side_is_nullable(fixture_doc: dict[str, Any]) -> None:
    """A `one()` whose fields are no foreign key to its references may find no row: null."""
    schema = _op(fixture_doc, "project.deployment")["schema"]
    assert schema["properties"]["rollback"]["type"] == ["object", "null"]
    assert schema["properties"]["server"]["type"] == "object"  # a real foreign key: always a row
    assert set(schema["required"]) >= {"rollback", "server", "createdAt"}
    made = fixture_doc["stats"]["drizzle_made_nullable"]
    assert made == ["schema.ts: deployments.deploymentId -> rollbacks.deploymentId"]


@needs_extractor
def test_recursive_types_are_cut_into_definitions(fixture_doc: dict[str, Any]) -> None:
    schema = _op(fixture_doc, "project.tree")["schema"]
    assert schema["$ref"] == "#/$defs/TreeNode"
    tree = {"label": "a", "children": [{"label": "b", "children": [{"label": "c", "children": []}]}]}
    assert _valid(schema, tree)
    assert not _valid(schema, {"label": "a", "children": [{"label": "b"}]})


@needs_extractor
def test_bare_answers_any_and_subscriptions(fixture_doc: dict[str, Any]) -> None:
    assert _op(fixture_doc, "project.remove")["schema"] == {"const": True}
    touch = _op(fixture_doc, "project.touch")
    assert touch["empty"] == "always"
    find = _op(fixture_doc, "project.find")
    assert find["empty"] == "sometimes" and find["schema"]["required"] == ["id"]
    inspect = _op(fixture_doc, "project.inspect")
    assert inspect["status"] == "json" and "inspectContainer" in inspect["reason"]
    config = _op(fixture_doc, "project.config")  # the reason names the `any` inside the helper
    assert config["status"] == "json" and config["reason"].startswith("returns `any`: raw (project.ts:")
    assert _op(fixture_doc, "project.events")["status"] == "skipped"
    version = _op(fixture_doc, "settings.version")["schema"]  # nested router: wire name router.procedure
    assert version["properties"]["tags"]["prefixItems"] == [{"const": "a"}]


@needs_extractor
def test_a_type_over_the_size_budget_stays_json_with_the_reason() -> None:
    doc = source_types.run_extractor(FIXTURE / "tsconfig.json", FIXTURE / "root.ts", budget=4)
    entry = _op(doc, "project.all")
    assert entry["status"] == "json"
    assert "size budget of 4" in entry["reason"]
    assert _op(doc, "project.remove")["status"] == "typed"  # small ones still fit


@needs_extractor
def test_an_import_that_resolves_to_nothing_is_reported_and_stays_json(tmp_path: Path) -> None:
    """A dependency not installed makes its values `any`: never typed silently."""
    shutil.copytree(FIXTURE, tmp_path / "app")
    root = tmp_path / "app" / "root.ts"
    text = root.read_text().replace(
        'import { projectRouter } from "./project";',
        'import { projectRouter } from "./project";\nimport { loadThing } from "not-installed-lib";',
    )
    text = text.replace(
        "  settings: settingsRouter,",
        "  settings: settingsRouter,\n  thing: publicProcedure.query(() => loadThing()),",
    )
    root.write_text(text)
    doc = source_types.run_extractor(tmp_path / "app" / "tsconfig.json", root)
    assert doc["stats"]["problems"] == ['unresolved import "not-installed-lib" in root.ts']
    assert _op(doc, "thing")["status"] == "json"


def test_from_document_sets_subscriptions_aside_and_keeps_reasons() -> None:
    doc = {
        "extractor": {"typescript": "5.9.3"},
        "stats": {"drizzle_made_nullable": ["x"]},
        "procedures": {
            "a.one": {"kind": "query", "at": "r.ts:1", "status": "typed", "schema": {"const": True}},
            "a.raw": {"kind": "query", "at": "r.ts:2", "status": "json", "reason": "returns `any`"},
            "a.live": {"kind": "subscription", "at": "r.ts:3", "status": "skipped", "reason": "sub"},
        },
    }
    types = source_types.from_document(doc, "v9.9.9")
    data = types.to_json()
    assert data["dokploy_version"] == "v9.9.9"
    assert set(data["operations"]) == {"a.one", "a.raw"} and data["skipped"] == {"a.live": "sub"}
    assert data["operations"]["a.one"]["schema"]["const"] is True
    assert data["operations"]["a.raw"]["reason"] == "returns `any`"
    assert types.counts() == {"procedures": 3, "typed": 1, "json": 1, "skipped": 1}


def test_learn_source_refuses_a_folder_that_is_no_checkout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrections = tmp_path / "corrections"
    assert main(["learn", "--source", str(tmp_path), "--corrections", str(corrections)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "is not a Dokploy checkout" in err
    assert not corrections.exists()


def test_learn_source_without_dependencies_says_to_install_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = tmp_path / source_types.ENTRY
    entry.parent.mkdir(parents=True)
    entry.write_text("export const appRouter = {};\n")
    assert main(["learn", "--source", str(tmp_path), "--corrections", str(tmp_path / "c")]) == 1
    assert "pnpm install" in capsys.readouterr().err


def test_a_failed_extraction_leaves_the_stored_types_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    checkout = tmp_path / "dokploy"
    (checkout / source_types.ENTRY).parent.mkdir(parents=True)
    (checkout / source_types.ENTRY).write_text("export const appRouter = {};\n")
    (checkout / "node_modules").mkdir()
    stored = tmp_path / "c" / "source" / "v1.0.0.json"
    stored.parent.mkdir(parents=True)
    stored.write_text('{"kept": true}\n')

    def broken(*args: object, **kwargs: object) -> dict[str, Any]:
        raise source_types.SourceError("the extractor failed over root.ts: out of memory")

    monkeypatch.setattr(source_types, "run_extractor", broken)
    assert main(["learn", "--source", str(checkout), "--corrections", str(tmp_path / "c")]) == 1
    assert "out of memory" in capsys.readouterr().err
    assert stored.read_text() == '{"kept": true}\n'
    assert [p.name for p in stored.parent.iterdir()] == ["v1.0.0.json"]


def test_missing_node_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("DOKPLOY_NODE", raising=False)
    assert "node is not installed" in (source_types.missing_requirement() or "")
    with pytest.raises(source_types.SourceError, match="node is not installed"):
        source_types.run_extractor(FIXTURE / "tsconfig.json", FIXTURE / "root.ts")


# ---------------------------------------------------------------- the committed v0.30.2 data


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SOURCE_V0_30_2.read_text())
    return data


def test_committed_source_types_cover_every_operation_of_the_spec(committed: dict[str, Any]) -> None:
    spec = json.loads((REPO_ROOT / "generated" / "spec.json").read_text())
    names = {path.strip("/").replace("/", ".") for path in spec["paths"]}
    assert committed["dokploy_version"] == spec["info"]["version"]
    assert names <= set(committed["operations"])
    for name, entry in committed["operations"].items():
        if entry["status"] == "json":
            assert entry["reason"], name
        else:
            Draft202012Validator.check_schema(entry["schema"])
    typed = sum(1 for n in names if committed["operations"][n]["status"] == "typed")
    assert typed >= 585, f"only {typed} of {len(names)} operations typed from source"


def _mismatches(committed: dict[str, Any], exchanges: list[Exchange]) -> tuple[int, list[str]]:
    """(bodies checked, why each 200 body that does not fit its operation's source type fails)."""
    failures: list[str] = []
    checked = 0
    for ex in exchanges:
        entry = committed["operations"].get(ex.operation)
        if ex.status != 200 or entry is None or entry["status"] != "typed":
            continue
        checked += 1
        if ex.body_text == "":
            if "empty" not in entry:
                failures.append(f"{ex.operation}: empty body, source says it always has one")
            continue
        errors = list(Draft202012Validator(entry["schema"]).iter_errors(json.loads(ex.body_text)))
        if errors:
            where = "/".join(map(str, errors[0].absolute_path))
            failures.append(f"{ex.operation} at {where}: {errors[0].message[:120]}")
    return checked, failures


def test_recorded_bodies_match_the_source_types(committed: dict[str, Any]) -> None:
    """Every 200 body a real v0.30.2 server sent fits the type its source declares."""
    checked, failures = _mismatches(committed, read_exchanges([shared_path("recordings")]))
    assert checked > 600
    assert failures == []


def test_cassette_bodies_match_the_source_types(committed: dict[str, Any]) -> None:
    """The kit's own cassettes (in the repo, so this runs without ../shared) fit too."""
    checked, failures = _mismatches(committed, read_exchanges([REPO_ROOT / "cassettes"]))
    assert checked > 250
    assert failures == []

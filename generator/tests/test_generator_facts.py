"""``dokploy-codegen generate`` compiles ``overrides/corrections/facts.json`` and the spec into
``dokploy_api.facts``: the committed modules are what they give, and the rows are checked."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from support import CORRECTIONS, GENERATED

from dokploy_codegen.build import facts
from dokploy_codegen.build.formatting import run_ruff
from dokploy_codegen.corrections import Corrections
from dokploy_codegen.errors import SpecError
from dokploy_codegen.naming import iter_operations

SPEC = json.loads((GENERATED / "spec.json").read_text(encoding="utf-8"))
TABLE = Corrections.load(CORRECTIONS).facts


def test_the_committed_facts_modules_are_what_the_spec_and_table_give(tmp_path: Path) -> None:
    """The drift test: a changed rule or spec without a regeneration fails here (and in ``check``)."""
    facts.write(facts.compile_facts(SPEC, TABLE), tmp_path)
    run_ruff(tmp_path)
    for name in (facts.MODULE, facts.OPERATIONS_MODULE):
        committed = (GENERATED / "dokploy_api" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == committed, (
            f"{name} is stale: run dokploy-codegen generate"
        )


def test_every_operation_of_the_spec_has_a_row_and_every_database_router_a_kind() -> None:
    from dokploy_api.facts import DATABASE_KINDS, OPERATIONS

    names = {name for name, *_ in iter_operations(SPEC)}
    assert set(OPERATIONS) == names
    assert OPERATIONS["compose.loadServices"].mutating_when[0].one_of == ("fetch",)
    assert {k: (v.wire, v.id_key, v.backups) for k, v in DATABASE_KINDS.items()} == {
        "postgres": ("postgres", "postgresId", True),
        "mysql": ("mysql", "mysqlId", True),
        "mariadb": ("mariadb", "mariadbId", True),
        "mongo": ("mongo", "mongoId", True),
        "redis": ("redis", "redisId", False),
        "libsql": ("libsql", "libsqlId", True),
    }


def test_a_finder_row_is_in_python_names_and_its_create_returns_the_record() -> None:
    from dokploy_api.api.redirects import RedirectsResource
    from dokploy_api.facts import FINDERS

    row = FINDERS["gitlab.create"]
    assert (row.listings[0].target, row.id_field, row.kind, row.fetch) == (
        "git_provider.get_all",
        "gitlab_id",
        "gitlab",
        "gitlab.one",
    )
    assert RedirectsResource.create.__annotations__["return"] == "Redirect"


def test_every_part_of_every_row_is_used_on_the_committed_spec() -> None:
    assert facts.finders(SPEC, TABLE["finders"], strict=True) == facts.compile_facts(SPEC, TABLE)["finders"]


def test_what_an_older_spec_lacks_is_left_out_of_its_rows() -> None:
    older = copy.deepcopy(SPEC)
    for path in ("/libsql.create", "/libsql.one"):
        del older["paths"][path]
    found = facts.compile_facts(older, TABLE)["finders"]
    assert "libsql.create" not in found
    assert "libsql.one" not in [listing[0] for listing in found["backup.create"]["listings"]]
    assert len(found["backup.create"]["listings"]) == 5


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"listing": [{"operation": "application.nope"}]}, "application.nope is not an operation"),
        ({"match": ["regexp"]}, "regexp is not an argument of redirects.create"),
        ({"listing": [{"operation": "application.one", "arguments": {"applicationId": "appId"}}]}, "appId"),
        ({"record": "application.one"}, "the router of redirects.create"),
    ],
)
def test_a_row_naming_what_the_spec_lacks_is_refused(change: dict[str, object], message: str) -> None:
    table = copy.deepcopy(TABLE)
    table["finders"]["redirects.create"].update(change)
    with pytest.raises(SpecError, match=message):
        facts.finders(SPEC, table["finders"], strict=True)


def test_importing_the_facts_module_leaves_the_operation_rows_unloaded() -> None:
    code = (
        "import sys, dokploy_api.facts as f; assert 'dokploy_api._facts_operations' not in sys.modules; "
        "f.FINDERS['redirects.create']; assert 'dokploy_api._facts_operations' not in sys.modules; "
        "assert f.OPERATIONS['project.remove'].removes == 'project'; print(len(f.RECORD_KINDS))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) > 10

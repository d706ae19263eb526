"""One client across Dokploy versions: the server's version, 404 mapping, absent operations.

Every test counts the requests sent: knowing the server's version must cost
nothing on the normal path, one request when a 404 has to be explained.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from fakes import LIBSQL_FIELDS, FakeDokploy
from support import CLIENTS, CORRECTIONS, REPO_ROOT, TEST_DATA, on_client, settle

from dokploy import (
    AsyncDokploy,
    Dokploy,
    NotFoundError,
    OperationNotAvailable,
    VersionMismatchWarning,
)
from dokploy._compat import accepts, client_version, has, spec_operations

SPECS = TEST_DATA / "specs"
UNKNOWN_PROCEDURE = {"message": "Not found", "code": "NOT_FOUND"}  # what Dokploy answers (v0.28.8)
MISSING_RECORD = {"message": "Project not found", "code": "NOT_FOUND"}
OTHER = "v0.1.0" if client_version() != "v0.1.0" else "v0.2.0"  # a version that is not the client's


# Operations every Dokploy version has; the fake servers below lack some of them.
ABSENT, PRESENT = "server.all", "user.get"


def _server(version: str | None, *, missing: tuple[str, ...] = (ABSENT,)) -> FakeDokploy:
    """A Dokploy of ``version`` (None: it will not say) lacking the ``missing`` procedures."""
    fake = FakeDokploy()
    for op in missing:
        fake.on(op, UNKNOWN_PROCEDURE, status=404)
    if version is None:
        fake.on("settings.getDokployVersion", {"message": "Forbidden", "code": "FORBIDDEN"}, status=403)
    else:
        fake.on("settings.getDokployVersion", version)
    fake.on("project.one", MISSING_RECORD, status=404)
    fake.on("project.all", [])
    return fake


def test_the_normal_path_sends_nothing_extra() -> None:
    fake = _server(OTHER)
    client = fake.client()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no version warning either: nothing asked
        assert client.project.all() == []
        assert client.project.overview() == []
    assert fake.ops() == ["project.all", "project.all"]


def test_a_missing_record_is_not_found_without_asking_the_version() -> None:
    fake = _server(OTHER)
    with pytest.raises(NotFoundError) as info:
        fake.client().project.one(project_id="nope")
    assert not isinstance(info.value, OperationNotAvailable)
    assert info.value.message == "Project not found"
    assert fake.ops() == ["project.one"]


def test_an_unknown_procedure_on_another_version_is_operation_not_available() -> None:
    fake = _server(OTHER)
    client = fake.client()
    with pytest.warns(VersionMismatchWarning, match=f"runs Dokploy {OTHER}"):
        with pytest.raises(OperationNotAvailable) as info:
            client.call(ABSENT)
    error = info.value
    assert (error.operation, error.where) == (ABSENT, "server")
    assert (error.server_version, error.client_version) == (OTHER, client_version())
    assert f"runs Dokploy {OTHER}" in str(error) and "dokploy-codegen generate --url" in str(error)
    assert isinstance(error.__cause__, NotFoundError)  # the server's answer is kept
    # The version is asked once per client; the warning is given once per client.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(OperationNotAvailable):
            client.call(ABSENT)
        assert client.server_version() == OTHER
    assert fake.ops() == [ABSENT, "settings.getDokployVersion", ABSENT]


def test_an_unknown_procedure_on_the_same_version_stays_not_found() -> None:
    fake = _server(client_version())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(NotFoundError) as info:
            fake.client().call(ABSENT)
    assert not isinstance(info.value, OperationNotAvailable)
    assert fake.ops() == [ABSENT, "settings.getDokployVersion"]


@pytest.mark.parametrize("kind", CLIENTS)
def test_a_server_that_will_not_say_its_version_is_judged_by_its_spec(kind: str) -> None:
    spec = {"paths": {"/project.all": {"get": {}}, f"/{ABSENT}": {"get": {}}}}
    fake = _server(None, missing=(ABSENT, PRESENT))
    fake.on("settings.getOpenApiDocument", spec)

    async def scenario(client: Any) -> OperationNotAvailable:
        with pytest.raises(NotFoundError) as info:  # in its spec: a real not-found
            await settle(client.call(ABSENT))
        assert not isinstance(info.value, OperationNotAvailable)
        with pytest.raises(OperationNotAvailable) as missing:
            await settle(client.call(PRESENT))
        return missing.value

    missing = on_client(kind, scenario, fake.handle)
    assert missing.server_version is None and "unknown version" in str(missing)
    assert fake.ops() == [
        ABSENT,
        "settings.getDokployVersion",
        "settings.getOpenApiDocument",
        PRESENT,  # version and spec are asked once per client
    ]


@pytest.mark.parametrize("kind", CLIENTS)
def test_server_version_is_asked_once_and_warns_once_on_a_mismatch(kind: str) -> None:
    async def versions(client: Any) -> tuple[str, str, str, str]:
        first, second = await settle(client.server_version()), await settle(client.server_version())
        return first, second, client.client_version, client.base_url

    fake = _server(OTHER)
    with pytest.warns(VersionMismatchWarning) as seen:
        answers = on_client(kind, versions, fake.handle)
    assert len(seen) == 1 and answers == (OTHER, OTHER, client_version(), "http://dokploy.test/api")
    assert fake.ops() == ["settings.getDokployVersion"]
    same = _server(client_version())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert on_client(kind, versions, same.handle)[:2] == (client_version(), client_version())


def test_async_client_maps_the_same_way() -> None:
    fake = _server(OTHER)

    async def main() -> OperationNotAvailable:
        async with fake.async_client() as client:
            with pytest.raises(NotFoundError):
                await client.project.one(project_id="nope")
            with pytest.warns(VersionMismatchWarning):
                with pytest.raises(OperationNotAvailable) as info:
                    await client.call(ABSENT)
            assert await client.server_version() == OTHER
            return info.value

    assert asyncio.run(main()).operation == ABSENT
    assert fake.ops() == ["project.one", ABSENT, "settings.getDokployVersion"]


def test_the_kit_and_the_engine_read_dot_and_slash_paths() -> None:
    spec = {"paths": {"/project.all": {"get": {}}, "/admin/setupMonitoring": {"post": {}}, "/x": {}}}
    assert spec_operations(spec) == {"project.all", "admin.setupMonitoring"}
    assert spec_operations("not a spec") == frozenset()


# --- version-dependent requests ------------------------------------------------------------------


ENVIRONMENT = {"environmentId": "e1", "name": "production", "projectId": "p1", "compose": []}


def _compose(source_type: str, **extra: Any) -> dict[str, Any]:
    return {"composeId": "c1", "name": "stack", "environmentId": "e1", "sourceType": source_type, **extra}


def test_compose_source_type_an_older_server_dropped_is_set_with_update() -> None:
    """v0.28.8 takes no ``sourceType`` on create and stores "github": the helper sets it after."""
    fake = FakeDokploy().on("compose.create", _compose("github")).on("environment.one", ENVIRONMENT)
    fake.on("compose.update", _compose("raw", composeFile="x"))
    stack = fake.client().compose.create(
        name="stack", environment_id="e1", source_type="raw", compose_file="x"
    )
    assert stack.source_type == "raw"
    assert fake.ops() == ["environment.one", "compose.create", "compose.update"]
    assert fake.sent("compose.update") == [{"composeId": "c1", "sourceType": "raw"}]


def test_compose_source_type_kept_by_the_server_costs_nothing_extra() -> None:
    fake = FakeDokploy().on("compose.create", _compose("raw")).on("environment.one", ENVIRONMENT)
    fake.on("compose.update", _compose("raw"))
    fake.client().compose.create(name="stack", environment_id="e1", source_type="raw")
    # environment.one: the listing any create takes. A client generated for a Dokploy whose
    # create has no sourceType (v0.28.8) always sets it with the update.
    later = [] if accepts("compose.create", "source_type") else ["compose.update"]
    assert fake.ops() == ["environment.one", "compose.create", *later]


def test_compose_env_on_a_server_without_save_environment_goes_through_update() -> None:
    fake = _server(OTHER, missing=("compose.saveEnvironment",)).on("compose.update", _compose("raw"))
    client = fake.client()
    # The committed client tries compose.saveEnvironment first (404, then the version: a
    # mismatch); a client generated for such a Dokploy goes to compose.update directly.
    expected = VersionMismatchWarning if has("compose.save_environment") else ()
    with pytest.warns(expected) if expected else warnings.catch_warnings():
        assert client.compose.save_environment("c1", {"A": "1"}) is True
    assert fake.sent("compose.update") == [{"composeId": "c1", "env": "A=1"}]
    # createEnvFile cannot be set that way: refused, not dropped.
    with pytest.raises(OperationNotAvailable):
        client.compose.save_environment("c1", {"A": "1"}, create_env_file=True)
    assert fake.ops().count("compose.update") == 1


# --- every helper, on whatever client was generated --------------------------------------------


def _record(op: str, args: dict[str, Any]) -> Any:
    """A plausible answer for any operation the helpers call."""
    router, procedure = op.split(".")
    if procedure in ("all", "allByCompose", "getAll", "loadServices") or op == "sshKey.all":
        return []
    if op == "project.one":
        env = {"environmentId": "e1", "name": "production", "isDefault": True, "projectId": "p1"}
        return {"projectId": "p1", "name": "p", "environments": [env]}
    if op == "project.create":
        return {"project": {"projectId": "p1", "name": "p"}, "environment": {"environmentId": "e1"}}
    if op == "environment.one":
        services = ("applications", "compose", "postgres", "mysql", "mariadb", "mongo", "redis", "libsql")
        return {"environmentId": "e1", "name": "production", "projectId": "p1", **{s: [] for s in services}}
    if op == "application.one":
        return {"applicationId": "x1", "name": "a", "env": "", "redirects": [], "security": []}
    if procedure in ("deploy", "saveEnvironment") or router in ("redirects", "security"):
        return True
    return {f"{router}Id": "x1", "name": args.get("name", "n"), "applicationStatus": "done", **args}


def _required_fields(client: Any, target: str) -> dict[str, str]:
    """Strings for the create's required arguments besides name and environment (none if absent)."""
    import inspect

    if not has(target):
        return {}
    router, method = target.split(".")
    params = inspect.signature(getattr(getattr(client, router), method)).parameters.values()
    skip = {"self", "name", "environment_id"}  # a helper's signature shows its workflow's self
    return {p.name: "x" for p in params if p.default is inspect.Parameter.empty and p.name not in skip}


def _every_helper(client: Any) -> dict[str, Any]:
    """One call per helper: what a README user touches."""
    calls: dict[str, Any] = {
        "overview": lambda: client.project.overview(),
        "projects.create": lambda: client.project.create(name="p"),
        "projects.environment": lambda: client.project.environment("p1"),
        "applications.create": lambda: client.application.create(name="a", project_id="p1"),
        "applications.deploy": lambda: client.application.deploy(application_id="x1"),
        "applications.deployments": lambda: client.application.deployments("x1"),
        "applications.save_environment": lambda: client.application.save_environment("x1", {"A": "1"}),
        "composes.create": lambda: client.compose.create(
            name="c", environment_id="e1", source_type="raw", compose_file="services: {}"
        ),
        "composes.deploy": lambda: client.compose.deploy(compose_id="x1"),
        "composes.deployments": lambda: client.compose.deployments("x1"),
        "composes.save_environment": lambda: client.compose.save_environment("x1", {"A": "1"}),
        "composes.services": lambda: client.compose.services("x1"),
        "redirects.create": lambda: client.redirects.create(
            application_id="x1", regex="a", replacement="b", permanent=False
        ),
        "ssh_key.create": lambda: client.ssh_key.create(
            name="k", public_key="ssh-ed25519 AAAA", private_key="x", organization_id="o"
        ),
    }
    from dokploy._databases import KINDS  # the database types of this client's Dokploy

    for kind, db_kind in KINDS.items():
        db = getattr(client, kind)
        ident = {db_kind.id_argument: "x1"}
        calls[f"databases({kind}).one"] = lambda db=db, i=ident: db.one(**i)
        calls[f"databases({kind}).deploy"] = lambda db=db: db.deploy("x1", wait=True)
        calls[f"databases({kind}).save_environment"] = lambda db=db: db.save_environment("x1", "A=1")
        fields = _required_fields(client, f"{kind}.create")
        calls[f"databases({kind}).create"] = lambda db=db, f=fields: db.create(
            name="d", environment_id="e1", **f
        )
    return calls


def test_every_helper_works_or_names_what_this_client_lacks() -> None:
    """On the committed client and on one generated for another version (see below): no
    ImportError, AttributeError or TypeError, only results or ``OperationNotAvailable``."""
    from dokploy_api.api import OPERATIONS

    fake = FakeDokploy()
    for op in OPERATIONS:
        fake.on(op, lambda args, op=op: _record(op, args))
    client = Dokploy(
        base_url="http://dokploy.test",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(fake.handle)),
    )
    outcomes: dict[str, str] = {}
    for name, call in _every_helper(client).items():
        try:
            call()
            outcomes[name] = "ok"
        except OperationNotAvailable as exc:
            # Only ever for what is really absent from this client's registry.
            assert exc.where == "client"
            assert exc.field is not None or exc.operation not in OPERATIONS, (name, str(exc))
            outcomes[name] = f"unavailable: {exc.operation}" + (f".{exc.field}" if exc.field else "")
        except Exception as exc:  # a CreatedRecordNotFound etc. is fine; a crash is not
            assert not isinstance(exc, (ImportError, AttributeError, TypeError, KeyError)), (name, repr(exc))
            outcomes[name] = type(exc).__name__
    # libsql (from v0.29 on) is a database type exactly when this client has its router.
    assert outcomes.get("databases(libsql).one") == ("ok" if has("libsql.one") else None)
    assert outcomes["overview"] == "ok" and outcomes["composes.create"] == "ok"
    assert outcomes["composes.save_environment"] == "ok"
    print(json.dumps({"client": client_version(), **outcomes}, indent=1))


def test_constructing_the_client_and_its_helpers_never_fails() -> None:
    client = Dokploy(base_url="http://dokploy.test", api_key="k")
    for attribute in ("project", "application", "compose", "postgres", "redirects"):
        assert getattr(client, attribute) is not None
    assert client.postgres.deploy is not None
    assert AsyncDokploy(base_url="http://dokploy.test", api_key="k").redirects is not None


def _v0_28_8_spec() -> Path:
    spec = SPECS / "v0.28.8.json"
    assert spec.exists(), "the v0.28.8 spec is test data of the repo"
    return spec


UNDER_TEST = "DOKPLOY_TEST_CLIENT_VERSION"  # set when this suite runs on another generated client


def test_the_client_under_test_is_the_generated_one() -> None:
    expected = os.environ.get(UNDER_TEST)
    if expected is None:
        pytest.skip(f"{UNDER_TEST} is set only when the suite runs on a client generated elsewhere")
    assert client_version() == expected


@pytest.mark.skipif(UNDER_TEST in os.environ, reason="already running on another generated client")
def test_the_helper_tests_pass_on_a_client_generated_for_v0_28_8(tmp_path: Path) -> None:
    """Generate a client for the v0.28.8 spec (pulled from a real v0.28.8) into a temporary
    folder and run every test_client_* module against it: offline, from the repo alone."""
    from dokploy_codegen.build import tree as build

    spec = json.loads(_v0_28_8_spec().read_text())
    lock = build.build_tree(spec, tmp_path, CORRECTIONS)
    assert lock["dokploy_version"] == "v0.28.8"
    path = os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path, UNDER_TEST: "v0.28.8"}
    tests = sorted(str(p) for p in Path(__file__).parent.glob("test_client_*.py"))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", *tests],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    tail = run.stdout[-3000:] + run.stderr[-2000:]
    assert run.returncode == 0, tail
    summary = run.stdout.strip().splitlines()[-1]
    assert "passed" in summary and "failed" not in summary and "error" not in summary, tail
    assert "has no libsql.create" in run.stdout, tail  # skipped for what v0.28.8 lacks, by name


@pytest.fixture
def without_libsql(monkeypatch: pytest.MonkeyPatch) -> None:
    """This client as one generated for v0.28.8 has it: no libsql router, which other
    versions have (on that client, which this suite also runs on, nothing is changed)."""
    from dokploy_api import api as registry

    if "libsql" in registry.ROUTERS:
        monkeypatch.delitem(registry.ROUTERS, "libsql")
        monkeypatch.setitem(registry.ABSENT_ROUTERS, "libsql", "libsql")


@pytest.mark.usefixtures("without_libsql")
@pytest.mark.parametrize("client_class", [Dokploy, AsyncDokploy])
def test_a_router_this_client_lacks_names_the_version_it_was_generated_for(client_class: type) -> None:
    client = client_class(base_url="http://dokploy.test", api_key="k")
    with pytest.raises(OperationNotAvailable) as info:
        client.libsql  # noqa: B018
    error = info.value
    assert (error.operation, error.where, error.client_version) == ("libsql", "client", client_version())
    generated_for = f"this client was generated for Dokploy {client_version()}"
    assert str(error).startswith(f"libsql is not available: {generated_for}")
    assert "dokploy-codegen generate --url" in str(error)
    # Still an AttributeError: probing for the router works as for any attribute.
    assert isinstance(error, AttributeError)
    assert not hasattr(client, "libsql") and getattr(client, "libsql", None) is None


@pytest.mark.parametrize("client_class", [Dokploy, AsyncDokploy])
def test_a_name_no_dokploy_version_has_is_a_plain_attribute_error(client_class: type) -> None:
    client = client_class(base_url="http://dokploy.test", api_key="k")
    plain = f"'{client_class.__name__}' object has no attribute 'libsqll'"
    with pytest.raises(AttributeError, match=plain) as info:
        client.libsqll  # noqa: B018
    assert not isinstance(info.value, OperationNotAvailable)


DATABASE = {
    "name": "c",
    "environment_id": "e1",
    "database_name": "d",
    "database_user": "u",
    "database_password": "p",
}


def test_a_wrong_keyword_of_a_database_create_is_a_type_error_before_anything_is_sent() -> None:
    fake = FakeDokploy()
    with pytest.raises(TypeError, match="databse_name"):
        fake.client().postgres.create(**DATABASE, databse_name="raw")  # type: ignore[call-arg]
    assert fake.ops() == []


def test_a_field_this_clients_create_lacks_is_named_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A client generated for a Dokploy whose create lacks a field the helper types."""
    from dokploy import _compat

    taken = frozenset(DATABASE)
    monkeypatch.setattr(_compat, "_parameters", lambda target: taken if target == "postgres.create" else ())
    fake = FakeDokploy()
    with pytest.raises(OperationNotAvailable) as info:
        fake.client().postgres.create(**DATABASE, server_id="s1")
    assert (info.value.operation, info.value.field) == ("postgres.create", "serverId")
    assert "check the name against the generated operation" in str(info.value)
    assert fake.ops() == []


def test_a_service_type_the_server_does_not_list_fails_on_its_create() -> None:
    """The committed client creating libsql on v0.28.8: its environments have no ``libsql``."""
    from dokploy._compat import has

    if not has("libsql.create"):
        pytest.skip("this client has no libsql.create")
    environment = {k: v for k, v in ENVIRONMENT.items() if k != "libsql"}
    fake = _server(OTHER, missing=("libsql.create",)).on("environment.one", environment)
    with pytest.warns(VersionMismatchWarning), pytest.raises(OperationNotAvailable) as info:
        fake.client().libsql.create(name="l", environment_id="e1", **LIBSQL_FIELDS)
    assert (info.value.operation, info.value.where) == ("libsql.create", "server")
    # The generated create lists the environment first (its finder row), then creates.
    assert fake.ops() == ["environment.one", "libsql.create", "settings.getDokployVersion"]


def test_a_procedure_this_client_never_had_stays_not_found_without_asking() -> None:
    fake = _server(OTHER, missing=("nope.nope",))
    with pytest.raises(NotFoundError) as info:
        fake.client()._engine.request("nope.nope", method="GET", url="/nope.nope")
    assert not isinstance(info.value, OperationNotAvailable)
    assert fake.ops() == ["nope.nope"]

"""client.<database type>: the helpers on each type's own router, its own id field, over recorded bodies."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fakes import FakeDokploy, recorded, requires

from dokploy._compat import camel
from dokploy_api.types import ResponseShapeWarning

CREATE_FIELDS: dict[str, dict[str, Any]] = {
    "postgres": {"database_name": "d", "database_user": "u", "database_password": "p"},
    "mysql": {"database_name": "d", "database_user": "u", "database_password": "p"},
    "mariadb": {"database_name": "d", "database_user": "u", "database_password": "p"},
    "mongo": {"database_user": "u", "database_password": "p"},
    "redis": {"database_password": "p"},
}


@pytest.mark.parametrize("kind", ["postgres", "mysql", "mariadb", "mongo", "redis", "libsql"])
def test_one_start_stop_remove_use_the_types_id_field(kind: str) -> None:
    requires(f"{kind}.one")
    record = recorded(f"{kind}.one")
    ident = record[f"{kind}Id"]
    fake = FakeDokploy()
    fake.on(f"{kind}.one", record).on(f"{kind}.stop", recorded(f"{kind}.stop"))
    fake.on(f"{kind}.remove", recorded(f"{kind}.remove")).on(f"{kind}.start", record)
    db: Any = getattr(fake.client(), kind)
    key = {f"{kind}_id": ident}
    assert getattr(db.one(**key), f"{kind}_id") == ident
    assert getattr(db.start(**key), f"{kind}_id") == ident  # v0.30.2 start answers the record
    assert getattr(db.stop(**key), f"{kind}_id") == ident
    db.remove(**key)
    fake.on(f"{kind}.saveEnvironment", True)
    assert db.save_environment(ident, {"A": "1"}) is True
    assert fake.sent(f"{kind}.saveEnvironment") == [{f"{kind}Id": ident, "env": "A=1"}]
    for op in ("one", "start", "stop", "remove"):
        assert fake.sent(f"{kind}.{op}") == [{f"{kind}Id": ident}]


@pytest.mark.parametrize("kind", sorted(CREATE_FIELDS))
def test_create_resolves_the_environment(kind: str, project: dict[str, Any]) -> None:
    default = next(e["environmentId"] for e in project["environments"] if e["isDefault"])
    fake = FakeDokploy().on("project.one", project).on(f"{kind}.create", recorded(f"{kind}.create"))
    fake.on("environment.one", {"environmentId": default, kind: []})
    db: Any = getattr(fake.client(), kind)
    record = db.create(name="x", project_id="p", description="d", **CREATE_FIELDS[kind])
    assert getattr(record, f"{kind}_id")
    # What was given, by its wire name, and nothing else (the fields left out are Dokploy's).
    given = {camel(k): v for k, v in CREATE_FIELDS[kind].items()}
    sent = dict(fake.sent(f"{kind}.create")[0])
    sent.pop("dockerImage", None)  # the generated create's own default
    assert sent == {"name": "x", "environmentId": default, "description": "d", **given}


def test_the_id_is_given_once() -> None:
    from dokploy import ConfigurationError

    with pytest.raises(ConfigurationError, match="postgres_id"):
        FakeDokploy().client().postgres.save_environment(env="A=1")
    with pytest.raises(ConfigurationError, match="postgres_id"):
        FakeDokploy().client().postgres.save_environment("p", "A=1", mysql_id="m")


def test_async_database() -> None:
    record = recorded("mongo.one")
    fake = FakeDokploy().on("mongo.one", record)

    async def main() -> str:
        async with fake.async_client() as client:
            return (await client.mongo.one(mongo_id=record["mongoId"])).mongo_id

    assert asyncio.run(main()) == record["mongoId"]


def test_compose_services_fetch_when_never_cached() -> None:
    """v0.30.2 answers 404 "Services not found" for ``type=cache`` before any fetch."""
    fake = FakeDokploy()
    fake.on("compose.loadServices", lambda a: ["web", "db"] if a.get("type") == "fetch" else None)
    script = fake.script["compose.loadServices"]
    fake.script["compose.loadServices"] = [
        (404, {"message": "Services not found", "code": "NOT_FOUND"}),
        *script,
    ]
    assert fake.client().compose.services("c1") == ["web", "db"]
    assert [a.get("type") for a in fake.sent("compose.loadServices")] == ["cache", "fetch"]


@pytest.mark.parametrize("answer", [None, True])
@pytest.mark.parametrize("kind", ["postgres", "mysql", "mariadb", "mongo", "redis"])
def test_create_answering_no_record_finds_it_in_the_environment(kind: str, answer: Any) -> None:
    """Some versions answer ``redis.create`` (or any other) with an empty body or ``true``.
    (libsql, which always does, is ``client.libsql.create``: test_client_records.)"""
    requires(f"{kind}.create")
    one = recorded(f"{kind}.one")
    old = {**one, f"{kind}Id": "old", "name": one["name"]}  # same name, older: not ours
    env_id = one["environmentId"]
    fake = FakeDokploy()
    fake.on(
        "environment.one", {"environmentId": env_id, kind: [old]}, {"environmentId": env_id, kind: [old, one]}
    )
    fake.on(f"{kind}.create", answer).on(f"{kind}.one", one)
    db: Any = getattr(fake.client(), kind)
    # Where the corrections say v0.30.2 answers a record, another answer is drift, and says so
    # (libsql.create answers ``true`` in v0.30.2 already).
    with pytest.warns(ResponseShapeWarning, match=f"{kind}.create"):
        record = db.create(name=one["name"], environment_id=env_id, **CREATE_FIELDS[kind])
    assert getattr(record, f"{kind}_id") == one[f"{kind}Id"]
    assert fake.ops() == ["environment.one", f"{kind}.create", "environment.one", f"{kind}.one"]
    assert fake.sent(f"{kind}.one") == [{f"{kind}Id": one[f"{kind}Id"]}]


@pytest.mark.parametrize(("router", "attribute"), [("application", "applications"), ("compose", "compose")])
def test_service_create_answering_no_record_finds_it(router: str, attribute: str) -> None:
    created = recorded(f"{router}.create")
    env_id = created["environmentId"]
    fake = FakeDokploy()
    fake.on(
        "environment.one",
        {"environmentId": env_id, attribute: []},
        {"environmentId": env_id, attribute: [created]},
    )
    fake.on(f"{router}.create", True).on(f"{router}.one", created)
    service: Any = getattr(fake.client(), router)
    with pytest.warns(ResponseShapeWarning, match=f"{router}.create"):
        record = service.create(name=created["name"], environment_id=env_id)
    assert getattr(record, f"{router}_id") == created[f"{router}Id"]
    assert fake.ops()[-1] == f"{router}.one"

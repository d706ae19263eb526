"""client.project.overview(): the whole tree from one recorded project.all."""

from __future__ import annotations

import asyncio

from fakes import FakeDokploy, recorded, requires

from dokploy_api.facts import DATABASE_KINDS


def test_overview_from_one_project_all() -> None:
    body = recorded("project.all", file="02-projects.jsonl")
    fake = FakeDokploy().on("project.all", body)
    tree = fake.client().project.overview()
    assert fake.ops() == ["project.all"]
    assert [p.project_id for p in tree] == [p["projectId"] for p in body]
    for project, raw in zip(tree, body, strict=True):
        for env, raw_env in zip(project.environments, raw["environments"], strict=True):
            assert env.environment_id == raw_env["environmentId"]
            assert env.is_default == raw_env["isDefault"]
            assert [(a.id, a.name, a.status) for a in env.applications] == [
                (a["applicationId"], a["name"], a["applicationStatus"]) for a in raw_env["applications"]
            ]
            assert [(c.id, c.status) for c in env.compose] == [
                (c["composeId"], c["composeStatus"]) for c in raw_env["compose"]
            ]
            # The database types of this client's Dokploy (libsql from v0.29 on).
            expected_dbs = sorted(x[f"{k}Id"] for k in DATABASE_KINDS for x in raw_env[k])
            assert sorted(d.id for d in env.databases) == expected_dbs
            assert all(d.name is None and d.status is None for d in env.databases)  # not sent


def test_generated_overview_router_still_works() -> None:
    requires("overview.services")
    fake = FakeDokploy().on("overview.services", [])
    assert fake.client().overview.services() == []


def test_async_overview() -> None:
    body = recorded("project.all", file="02-projects.jsonl")
    fake = FakeDokploy().on("project.all", body)

    async def main() -> int:
        async with fake.async_client() as client:
            return len(await client.project.overview())

    assert asyncio.run(main()) == len(body)


def test_database_types_come_from_one_table() -> None:
    from dokploy import _created, _databases, _environments, _overview
    from dokploy_api.facts import FINDERS

    assert _overview.DATABASE_TYPES == set(_databases.KINDS)
    assert [t[0] for t in _overview.SERVICE_TYPES[2:]] == list(_databases.KINDS)
    # The helpers' table is the compiled one (facts.json's databases), in python names.
    assert {k: (v.name, v.id_argument, v.backups) for k, v in _databases.KINDS.items()} == {
        k: (v.router, f"{k}_id", v.backups) for k, v in DATABASE_KINDS.items()
    }
    # The id keyword is compiled with the generator's naming: the one its operations take.
    import importlib
    import inspect

    from dokploy_api import api as registry

    for name, kind in _databases.KINDS.items():
        resource = getattr(importlib.import_module(f"dokploy_api.api.{name}"), registry.ROUTERS[name])
        assert kind.id_argument in inspect.signature(resource.one).parameters
    owners = {f"{k}_id" for k, v in DATABASE_KINDS.items() if v.backups} | {"compose_id"}
    assert {ours for item in FINDERS["backup.create"].listings for _, ours in item.arguments} == owners
    assert not hasattr(_databases.Kind, "id_wire")
    from dokploy.resources import mysql, postgres

    assert postgres.PostgresResource._kind is _databases.KINDS["postgres"]
    assert mysql.AsyncMysqlResource._kind is _databases.KINDS["mysql"]
    if "libsql.create" not in FINDERS:
        return
    # libsql's create-and-find (its generated method's row) is where the databases look too.
    listing = _created.finder_listing(FINDERS["libsql.create"], {"environment_id": "e", "name": "n"})
    same = _environments.service_listing("libsql", "libsql", "e")
    assert (listing.call, listing.id_field, listing.fetch) == (same.call, same.id_field, same.fetch)
    assert FINDERS["libsql.create"].match == ("name",)

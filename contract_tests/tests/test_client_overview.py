"""client.project.overview(): the whole tree from one recorded project.all."""

from __future__ import annotations

import asyncio

from test_client_support import FakeDokploy, recorded, requires


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
            expected_dbs = sorted(
                x[f"{k}Id"]
                for k in ("postgres", "mysql", "mariadb", "mongo", "redis", "libsql")
                for x in raw_env[k]
            )
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
    from dokploy import _databases, _environments, _overview, _records

    assert _overview.DATABASE_TYPES == set(_databases.KINDS)
    assert [t[0] for t in _overview.SERVICE_TYPES[2:]] == list(_databases.KINDS)
    owners = {k.id_argument for k in _databases.KINDS.values() if k.backups} | {"compose_id"}
    assert set(_records._BACKUP_OWNERS) == owners
    assert not hasattr(_databases.Kind, "id_wire")
    from dokploy.resources import mysql, postgres

    assert postgres.PostgresResource._kind is _databases.KINDS["postgres"]
    assert mysql.AsyncMysqlResource._kind is _databases.KINDS["mysql"]
    # libsql's create-and-find is the databases' one, not a copy.
    listing, match = _records.libsql_plan({"environment_id": "e", "name": "n"})
    same = _environments.service_listing("libsql", "libsql", "e")
    assert (listing.call, listing.id_field, listing.fetch, match) == (
        same.call,
        same.id_field,
        same.fetch,
        {"name": "n"},
    )

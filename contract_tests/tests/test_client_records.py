"""Creates answering ``true``/nothing return the created record, found by list-before-and-after."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest
from test_client_support import LIBSQL_FIELDS, FakeDokploy, recorded, recorded_request, requires

from dokploy import CreatedRecordNotFound


def _app_with(key: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    app = recorded("application.one", file="03-application.jsonl")
    app[key] = items
    return app


def test_redirect_create_answering_true_returns_the_redirect() -> None:
    assert recorded("redirects.create") is True  # the real answer
    request = recorded_request("redirects.create")
    old = {
        "redirectId": "old",
        "regex": request["regex"],
        "replacement": "/elsewhere",
        "permanent": False,
        "uniqueConfigKey": 1,
        "createdAt": "x",
        "applicationId": request["applicationId"],
    }
    new = {**old, "redirectId": "new", "replacement": request["replacement"]}
    fake = FakeDokploy()
    fake.on("application.one", _app_with("redirects", [old]), _app_with("redirects", [old, new]))
    fake.on("redirects.create", True)
    redirect = fake.client().records.create_redirect(
        application_id=request["applicationId"],
        regex=request["regex"],
        replacement=request["replacement"],
        permanent=request["permanent"],
    )
    assert redirect.redirect_id == "new"
    assert fake.ops() == ["application.one", "redirects.create", "application.one"]
    assert fake.sent("redirects.create") == [request]


def test_an_older_record_with_the_same_fields_is_not_returned() -> None:
    same = {"securityId": "old", "username": "alice", "password": "x", "createdAt": "x", "applicationId": "a"}
    fake = FakeDokploy()
    fake.on("application.one", _app_with("security", [same]))  # nothing new appears
    fake.on("security.create", True)
    with pytest.raises(CreatedRecordNotFound) as info:
        fake.client().records.create_security(application_id="a", username="alice", password="p")
    assert info.value.candidates == []
    assert "did happen" in str(info.value)


def test_two_matching_new_records_are_ambiguous() -> None:
    a = {"securityId": "n1", "username": "bob", "password": "x", "createdAt": "x", "applicationId": "a"}
    b = {**a, "securityId": "n2"}
    fake = FakeDokploy().on("application.one", _app_with("security", []), _app_with("security", [a, b]))
    fake.on("security.create", True)
    with pytest.raises(CreatedRecordNotFound) as info:
        fake.client().records.create_security(application_id="a", username="bob", password="p")
    assert len(info.value.candidates) == 2


def test_security_create_matches_on_username() -> None:
    a = {"securityId": "n1", "username": "carol", "password": "x", "createdAt": "x", "applicationId": "a"}
    other = {**a, "securityId": "n2", "username": "dave"}
    fake = FakeDokploy().on("application.one", _app_with("security", []), _app_with("security", [other, a]))
    fake.on("security.create", True)
    assert (
        fake.client().records.create_security(application_id="a", username="carol", password="p").security_id
        == "n1"
    )


def test_libsql_create_answering_true_returns_the_libsql() -> None:
    requires("libsql.create")
    assert recorded("libsql.create") is True
    env = recorded("environment.one", file="02-projects.jsonl")
    one = recorded("libsql.one")
    after = copy.deepcopy(env)
    after["libsql"] = [one]
    fake = FakeDokploy().on("environment.one", env, after).on("libsql.create", True).on("libsql.one", one)
    request = recorded_request("libsql.create")
    fields = {**LIBSQL_FIELDS, "app_name": request["appName"]}

    fields["sqld_node"] = "primary"
    record = fake.client().records.create_libsql(
        name=one["name"], environment_id=env["environmentId"], **fields
    )
    assert record.libsql_id == one["libsqlId"]
    assert fake.ops() == ["environment.one", "libsql.create", "environment.one", "libsql.one"]


def test_backup_create_answering_empty_returns_the_backup() -> None:
    assert recorded("backup.create") is None  # the real, empty answer
    request = recorded_request("backup.create")
    pg = recorded("postgres.one")
    backup = recorded("backup.one")
    pg_after = {**pg, "backups": [backup]}
    fake = FakeDokploy().on("postgres.one", {**pg, "backups": []}, pg_after)
    fake.on("backup.create", None).on("backup.one", backup)

    result = fake.client().records.create_backup(
        schedule=backup["schedule"],
        prefix=backup["prefix"],
        destination_id=request["destinationId"],
        database=backup["database"],
        database_type="postgres",
        postgres_id=pg["postgresId"],
    )
    assert result.backup_id == backup["backupId"]
    assert fake.sent("postgres.one")[0] == {"postgresId": pg["postgresId"]}


def test_ssh_key_create_answering_empty_returns_the_key() -> None:
    keys = recorded("sshKey.all")
    fake = FakeDokploy().on("sshKey.all", keys[1:], keys).on("sshKey.create", None)
    k = keys[0]
    result = fake.client().records.create_ssh_key(
        name=k["name"],
        private_key=k["privateKey"],
        public_key=k["publicKey"],
        organization_id=k["organizationId"],
    )
    assert result.ssh_key_id == k["sshKeyId"]


def test_gitlab_and_bitbucket_found_through_git_provider_listing() -> None:
    providers = recorded("gitProvider.getAll", file="26-git-providers.jsonl", index=1)
    gitlab = next(p for p in providers if p["gitlab"])
    bitbucket = next(p for p in providers if p["bitbucket"])
    before = [p for p in providers if p is not gitlab]
    fake = FakeDokploy().on("gitProvider.getAll", before, providers).on("gitlab.create", None)
    nested = ("gitlab", "bitbucket", "github", "gitea")
    provider = {k: v for k, v in gitlab.items() if k not in nested}
    fake.on("gitlab.one", {**gitlab["gitlab"], "gitProvider": provider})
    result = fake.client().records.create_gitlab(
        auth_id="a", name=gitlab["name"], gitlab_url=gitlab["gitlab"]["gitlabUrl"]
    )
    assert result.gitlab_id == gitlab["gitlab"]["gitlabId"]
    assert fake.sent("gitlab.one") == [{"gitlabId": gitlab["gitlab"]["gitlabId"]}]

    before = [p for p in providers if p is not bitbucket]
    fake = FakeDokploy().on("gitProvider.getAll", before, providers).on("bitbucket.create", None)
    fake.on("bitbucket.one", recorded("bitbucket.one"))
    fake.client().records.create_bitbucket(auth_id="a", name=bitbucket["name"])
    assert fake.sent("bitbucket.one") == [{"bitbucketId": bitbucket["bitbucket"]["bitbucketId"]}]


def test_async_records() -> None:
    new = {
        "redirectId": "new",
        "regex": "^/a",
        "replacement": "/b",
        "permanent": True,
        "uniqueConfigKey": 1,
        "createdAt": "x",
        "applicationId": "a",
    }
    fake = FakeDokploy().on("application.one", _app_with("redirects", []), _app_with("redirects", [new]))
    fake.on("redirects.create", True)

    async def main() -> str:
        async with fake.async_client() as client:
            r = await client.records.create_redirect(
                application_id="a", regex="^/a", replacement="/b", permanent=True
            )
            return r.redirect_id

    assert asyncio.run(main()) == "new"


def test_web_server_backup_is_a_configuration_error() -> None:
    from dokploy import ConfigurationError

    fake = FakeDokploy()
    args: dict[str, Any] = {
        "schedule": "0 0 * * *",
        "prefix": "web",
        "destination_id": "d",
        "database": "dokploy",
        "database_type": "web-server",
    }
    with pytest.raises(ConfigurationError, match="user_id"):
        fake.client().records.create_backup(user_id="u1", **args)
    with pytest.raises(ConfigurationError, match="exactly one"):
        fake.client().records.create_backup(**args)
    assert fake.ops() == []

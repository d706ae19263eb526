"""Creates answering ``true``/nothing return the created record, found by list-before-and-after."""

from __future__ import annotations

import asyncio
import copy
import inspect
import re
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
    redirect = fake.client().redirects.create(
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
        fake.client().security.create(application_id="a", username="alice", password="p")
    assert info.value.candidates == []
    assert "did happen" in str(info.value)


def test_two_matching_new_records_are_ambiguous() -> None:
    a = {"securityId": "n1", "username": "bob", "password": "x", "createdAt": "x", "applicationId": "a"}
    b = {**a, "securityId": "n2"}
    fake = FakeDokploy().on("application.one", _app_with("security", []), _app_with("security", [a, b]))
    fake.on("security.create", True)
    with pytest.raises(CreatedRecordNotFound) as info:
        fake.client().security.create(application_id="a", username="bob", password="p")
    assert len(info.value.candidates) == 2


def test_security_create_matches_on_username() -> None:
    a = {"securityId": "n1", "username": "carol", "password": "x", "createdAt": "x", "applicationId": "a"}
    other = {**a, "securityId": "n2", "username": "dave"}
    fake = FakeDokploy().on("application.one", _app_with("security", []), _app_with("security", [other, a]))
    fake.on("security.create", True)
    assert (
        fake.client().security.create(application_id="a", username="carol", password="p").security_id == "n1"
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
    record = (
        fake.client()
        .databases("libsql")
        .create(name=one["name"], environment_id=env["environmentId"], **fields)
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

    result = fake.client().backup.create(
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
    result = fake.client().ssh_key.create(
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
    result = fake.client().gitlab.create(
        auth_id="a", name=gitlab["name"], gitlab_url=gitlab["gitlab"]["gitlabUrl"]
    )
    assert result.gitlab_id == gitlab["gitlab"]["gitlabId"]
    assert fake.sent("gitlab.one") == [{"gitlabId": gitlab["gitlab"]["gitlabId"]}]

    before = [p for p in providers if p is not bitbucket]
    fake = FakeDokploy().on("gitProvider.getAll", before, providers).on("bitbucket.create", None)
    fake.on("bitbucket.one", recorded("bitbucket.one"))
    fake.client().bitbucket.create(auth_id="a", name=bitbucket["name"])
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
            r = await client.redirects.create(
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
        fake.client().backup.create(user_id="u1", **args)
    with pytest.raises(ConfigurationError, match="exactly one"):
        fake.client().backup.create(**args)
    assert fake.ops() == []


def test_async_create_filters_by_kind_and_fetches_the_record() -> None:
    """The async engine runs the same workflow: listing, kind filter, fetch."""
    providers = recorded("gitProvider.getAll", file="26-git-providers.jsonl", index=1)
    gitlab = next(p for p in providers if p["gitlab"])
    before = [p for p in providers if p is not gitlab]
    fake = FakeDokploy().on("gitProvider.getAll", before, providers).on("gitlab.create", None)
    provider = {k: v for k, v in gitlab.items() if k not in ("gitlab", "bitbucket", "github", "gitea")}
    fake.on("gitlab.one", {**gitlab["gitlab"], "gitProvider": provider})

    async def main() -> str:
        async with fake.async_client() as client:
            found = await client.gitlab.create(
                auth_id="a", name=gitlab["name"], gitlab_url=gitlab["gitlab"]["gitlabUrl"]
            )
            return found.gitlab_id

    assert asyncio.run(main()) == gitlab["gitlab"]["gitlabId"]
    assert fake.ops() == ["gitProvider.getAll", "gitlab.create", "gitProvider.getAll", "gitlab.one"]


def test_async_create_whose_record_does_not_show_up_says_it_did_happen() -> None:
    fake = FakeDokploy().on("application.one", _app_with("security", [])).on("security.create", True)

    async def main() -> None:
        async with fake.async_client() as client:
            await client.security.create(application_id="a", username="erin", password="p")

    with pytest.raises(CreatedRecordNotFound, match="did happen"):
        asyncio.run(main())
    assert fake.ops() == ["application.one", "security.create", "application.one"]


def test_the_generated_libsql_create_returns_the_record_and_the_helper_lists_no_more() -> None:
    requires("libsql.create")
    env = recorded("environment.one", file="02-projects.jsonl")
    one = recorded("libsql.one")
    after = {**copy.deepcopy(env), "libsql": [one]}
    fake = FakeDokploy().on("environment.one", env, after).on("libsql.create", True).on("libsql.one", one)
    request = recorded_request("libsql.create")
    fields = {**LIBSQL_FIELDS, "app_name": request["appName"], "sqld_node": "primary"}
    record = fake.client().libsql.create(name=one["name"], environment_id=env["environmentId"], **fields)
    assert record.libsql_id == one["libsqlId"]
    assert fake.ops() == ["environment.one", "libsql.create", "environment.one", "libsql.one"]


def test_slack_notification_create_answering_empty_returns_the_notification() -> None:
    """One row of facts.json (``finders``), regenerated: the create returns the record."""
    assert recorded("notification.createSlack") is None  # the real, empty answer
    request = recorded_request("notification.createSlack")
    after = recorded("notification.all", file="17-notifications.jsonl", index=1)
    new = next(n for n in after if n["name"] == request["name"] and n["slack"])
    before = [n for n in after if n is not new]
    fake = FakeDokploy().on("notification.all", before, after).on("notification.createSlack", None)
    client = fake.client()
    taken = inspect.signature(client.notification.create_slack).parameters  # fewer on older clients
    sent = {k: v for k, v in request.items() if re.sub("([A-Z])", r"_\1", k).lower() in taken}
    found = client.notification.create_slack(
        **{re.sub("([A-Z])", r"_\1", k).lower(): v for k, v in sent.items()}
    )
    assert (found.notification_id, found.slack.channel) == (new["notificationId"], request["channel"])
    assert fake.ops() == ["notification.all", "notification.createSlack", "notification.all"]
    assert fake.sent("notification.createSlack") == [sent]

"""save_environment: dict or block in, buildArgs/buildSecrets/createEnvFile never left out."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fakes import FakeDokploy, recorded, recorded_request, requires

from dokploy import BadRequestError


def test_absent_build_fields_are_a_400_in_the_recordings() -> None:
    error = recorded("application.saveEnvironment", status=400)
    fake = FakeDokploy().on("application.saveEnvironment", error, status=400)
    with pytest.raises(BadRequestError):
        fake.client().application.save_environment(
            application_id="a", env="A=1", build_args=None, build_secrets=None, create_env_file=True
        )


def test_dict_env_fills_build_fields_from_the_application(application: dict[str, Any]) -> None:
    application.update(buildArgs="NODE=20", buildSecrets=None, createEnvFile=False)
    fake = FakeDokploy().on("application.one", application).on("application.saveEnvironment", True)
    assert fake.client().application.save_environment(application["applicationId"], {"A": "1", "B": "x=y"})
    assert fake.sent("application.saveEnvironment") == [
        {
            "applicationId": application["applicationId"],
            "env": "A=1\nB=x=y",
            "buildArgs": "NODE=20",
            "buildSecrets": None,
            "createEnvFile": False,
        }
    ]


def test_block_and_all_fields_given_need_no_read() -> None:
    request = recorded_request("application.saveEnvironment", index=0)
    fake = FakeDokploy().on("application.saveEnvironment", True)
    fake.client().application.save_environment(
        request["applicationId"],
        request["env"],
        build_args=request["buildArgs"] or {},
        build_secrets=request["buildSecrets"] or {},
        create_env_file=request["createEnvFile"],
    )
    assert fake.ops() == ["application.saveEnvironment"]
    assert fake.sent("application.saveEnvironment")[0]["env"] == request["env"]


def test_merge_keeps_existing_variables_and_comments(application: dict[str, Any]) -> None:
    application.update(env="# keep\nA=1\nB=2", buildArgs=None, buildSecrets=None, createEnvFile=True)
    fake = FakeDokploy().on("application.one", application).on("application.saveEnvironment", True)
    fake.client().application.save_environment(application["applicationId"], {"B": "3", "C": "4"}, merge=True)
    assert fake.sent("application.saveEnvironment")[0]["env"] == "# keep\nA=1\nB=3\nC=4"


def test_compose_and_database_env() -> None:
    requires("compose.save_environment")
    fake = FakeDokploy().on("compose.saveEnvironment", True).on("redis.saveEnvironment", True)
    client = fake.client()
    client.compose.save_environment("c1", {"A": "1"}, create_env_file=True)
    client.redis.save_environment("r1", "A=1\nB=2")
    assert fake.sent("compose.saveEnvironment") == [{"composeId": "c1", "env": "A=1", "createEnvFile": True}]
    assert fake.sent("redis.saveEnvironment") == [{"redisId": "r1", "env": "A=1\nB=2"}]


def test_async_save_environment(application: dict[str, Any]) -> None:
    fake = FakeDokploy().on("application.one", application).on("application.saveEnvironment", True)

    async def main() -> bool:
        async with fake.async_client() as client:
            return await client.application.save_environment("a", {"A": "1"})

    assert asyncio.run(main()) is True
    assert set(fake.sent("application.saveEnvironment")[0]) == {
        "applicationId",
        "env",
        "buildArgs",
        "buildSecrets",
        "createEnvFile",
    }


def test_env_none_clears_as_the_generated_operation_does_but_not_with_merge() -> None:
    """The helper keeps the generated ``save_environment``'s meaning of None (no variables);
    with ``merge=True`` there is nothing to merge, refused before any request."""
    fake = FakeDokploy()
    client = fake.client()
    for save in (
        lambda: client.application.save_environment("a", None, merge=True),
        lambda: client.compose.save_environment("c", None, merge=True),
        lambda: client.postgres.save_environment("p", None, merge=True),
    ):
        with pytest.raises(TypeError, match=r"merge=True needs"):
            save()
    assert fake.ops() == []
    fake.on("postgres.saveEnvironment", True)
    assert client.postgres.save_environment(postgres_id="p", env=None) is True
    assert fake.sent("postgres.saveEnvironment") == [{"postgresId": "p", "env": None}]


def test_empty_string_clears_the_block() -> None:
    requires("compose.save_environment")
    fake = FakeDokploy().on("compose.saveEnvironment", True)
    assert fake.client().compose.save_environment("c", "")
    assert fake.sent("compose.saveEnvironment") == [{"composeId": "c", "env": ""}]

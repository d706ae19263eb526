"""`redis.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redis_create_result import RedisCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "redis.create"
METHOD = "POST"
PATH = "/redis.create"


def _get_kwargs(
    *,
    name: str,
    database_password: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "redis:8",
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "databasePassword": database_password,
                "environmentId": environment_id,
                "appName": app_name,
                "dockerImage": docker_image,
                "description": description,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> RedisCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = RedisCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("RedisCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    database_password: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "redis:8",
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> RedisCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                database_password=database_password,
                environment_id=environment_id,
                app_name=app_name,
                docker_image=docker_image,
                description=description,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    database_password: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "redis:8",
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> RedisCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                database_password=database_password,
                environment_id=environment_id,
                app_name=app_name,
                docker_image=docker_image,
                description=description,
                server_id=server_id,
            ),
        )
    )

"""`postgres.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.postgres_create_result import PostgresCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "postgres.create"
METHOD = "POST"
PATH = "/postgres.create"


def _get_kwargs(
    *,
    name: str,
    database_name: str,
    database_user: str,
    database_password: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "postgres:18",
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
                "databaseName": database_name,
                "databaseUser": database_user,
                "databasePassword": database_password,
                "environmentId": environment_id,
                "appName": app_name,
                "dockerImage": docker_image,
                "description": description,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> PostgresCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = PostgresCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("PostgresCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    database_name: str,
    database_user: str,
    database_password: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "postgres:18",
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> PostgresCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                database_name=database_name,
                database_user=database_user,
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
    database_name: str,
    database_user: str,
    database_password: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "postgres:18",
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> PostgresCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                database_name=database_name,
                database_user=database_user,
                database_password=database_password,
                environment_id=environment_id,
                app_name=app_name,
                docker_image=docker_image,
                description=description,
                server_id=server_id,
            ),
        )
    )

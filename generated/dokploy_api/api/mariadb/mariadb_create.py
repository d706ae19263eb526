"""`mariadb.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mariadb_create_result import MariadbCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mariadb.create"
METHOD = "POST"
PATH = "/mariadb.create"


def _get_kwargs(
    *,
    name: str,
    environment_id: str,
    database_name: str,
    database_user: str,
    database_password: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "mariadb:6",
    database_root_password: str | Unset = UNSET,
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
                "environmentId": environment_id,
                "databaseName": database_name,
                "databaseUser": database_user,
                "databasePassword": database_password,
                "appName": app_name,
                "dockerImage": docker_image,
                "databaseRootPassword": database_root_password,
                "description": description,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> MariadbCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MariadbCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MariadbCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    environment_id: str,
    database_name: str,
    database_user: str,
    database_password: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "mariadb:6",
    database_root_password: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> MariadbCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                environment_id=environment_id,
                database_name=database_name,
                database_user=database_user,
                database_password=database_password,
                app_name=app_name,
                docker_image=docker_image,
                database_root_password=database_root_password,
                description=description,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    environment_id: str,
    database_name: str,
    database_user: str,
    database_password: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "mariadb:6",
    database_root_password: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> MariadbCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                environment_id=environment_id,
                database_name=database_name,
                database_user=database_user,
                database_password=database_password,
                app_name=app_name,
                docker_image=docker_image,
                database_root_password=database_root_password,
                description=description,
                server_id=server_id,
            ),
        )
    )

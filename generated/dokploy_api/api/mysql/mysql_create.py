"""`mysql.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mysql_create_result import MysqlCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mysql.create"
METHOD = "POST"
PATH = "/mysql.create"


def _get_kwargs(
    *,
    name: str,
    environment_id: str,
    database_name: str,
    database_user: str,
    database_password: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "mysql:8",
    description: None | str | Unset = UNSET,
    database_root_password: str | Unset = UNSET,
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
                "description": description,
                "databaseRootPassword": database_root_password,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> MysqlCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MysqlCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MysqlCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    environment_id: str,
    database_name: str,
    database_user: str,
    database_password: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "mysql:8",
    description: None | str | Unset = UNSET,
    database_root_password: str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> MysqlCreateResult:
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
                description=description,
                database_root_password=database_root_password,
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
    docker_image: str | Unset = "mysql:8",
    description: None | str | Unset = UNSET,
    database_root_password: str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> MysqlCreateResult:
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
                description=description,
                database_root_password=database_root_password,
                server_id=server_id,
            ),
        )
    )

"""`mongo.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mongo_create_result import MongoCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mongo.create"
METHOD = "POST"
PATH = "/mongo.create"


def _get_kwargs(
    *,
    name: str,
    environment_id: str,
    database_user: str,
    database_password: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "mongo:15",
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    replica_sets: bool | None | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "environmentId": environment_id,
                "databaseUser": database_user,
                "databasePassword": database_password,
                "appName": app_name,
                "dockerImage": docker_image,
                "description": description,
                "serverId": server_id,
                "replicaSets": replica_sets,
            }
        ),
    }


def parse(data: Any) -> MongoCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MongoCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MongoCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    environment_id: str,
    database_user: str,
    database_password: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "mongo:15",
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    replica_sets: bool | None | Unset = UNSET,
    client: SyncEngine,
) -> MongoCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                environment_id=environment_id,
                database_user=database_user,
                database_password=database_password,
                app_name=app_name,
                docker_image=docker_image,
                description=description,
                server_id=server_id,
                replica_sets=replica_sets,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    environment_id: str,
    database_user: str,
    database_password: str,
    app_name: str | Unset = UNSET,
    docker_image: str | Unset = "mongo:15",
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    replica_sets: bool | None | Unset = UNSET,
    client: AsyncEngine,
) -> MongoCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                environment_id=environment_id,
                database_user=database_user,
                database_password=database_password,
                app_name=app_name,
                docker_image=docker_image,
                description=description,
                server_id=server_id,
                replica_sets=replica_sets,
            ),
        )
    )

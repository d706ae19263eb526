"""`libsql.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.libsql_create_body_sqld_node import LibsqlCreateBodySqldNode

OPERATION = "libsql.create"
METHOD = "POST"
PATH = "/libsql.create"


def _get_kwargs(
    *,
    name: str,
    app_name: str,
    environment_id: str,
    description: None | str,
    database_user: str,
    database_password: str,
    sqld_node: LibsqlCreateBodySqldNode,
    sqld_primary_url: None | str,
    server_id: None | str,
    docker_image: str = "ghcr.io/tursodatabase/libsql-server:v0.24.32",
    enable_namespaces: bool = False,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "appName": app_name,
                "dockerImage": docker_image,
                "environmentId": environment_id,
                "description": description,
                "databaseUser": database_user,
                "databasePassword": database_password,
                "sqldNode": sqld_node,
                "sqldPrimaryUrl": sqld_primary_url,
                "enableNamespaces": enable_namespaces,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    name: str,
    app_name: str,
    environment_id: str,
    description: None | str,
    database_user: str,
    database_password: str,
    sqld_node: LibsqlCreateBodySqldNode,
    sqld_primary_url: None | str,
    server_id: None | str,
    docker_image: str = "ghcr.io/tursodatabase/libsql-server:v0.24.32",
    enable_namespaces: bool = False,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                app_name=app_name,
                docker_image=docker_image,
                environment_id=environment_id,
                description=description,
                database_user=database_user,
                database_password=database_password,
                sqld_node=sqld_node,
                sqld_primary_url=sqld_primary_url,
                enable_namespaces=enable_namespaces,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    app_name: str,
    environment_id: str,
    description: None | str,
    database_user: str,
    database_password: str,
    sqld_node: LibsqlCreateBodySqldNode,
    sqld_primary_url: None | str,
    server_id: None | str,
    docker_image: str = "ghcr.io/tursodatabase/libsql-server:v0.24.32",
    enable_namespaces: bool = False,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                app_name=app_name,
                docker_image=docker_image,
                environment_id=environment_id,
                description=description,
                database_user=database_user,
                database_password=database_password,
                sqld_node=sqld_node,
                sqld_primary_url=sqld_primary_url,
                enable_namespaces=enable_namespaces,
                server_id=server_id,
            ),
        )
    )

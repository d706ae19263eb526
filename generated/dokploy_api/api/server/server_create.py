"""`server.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.server_create_result import ServerCreateResult
from ...types import Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.server_create_body_server_type import ServerCreateBodyServerType

OPERATION = "server.create"
METHOD = "POST"
PATH = "/server.create"


def _get_kwargs(
    *,
    name: str,
    description: None | str,
    ip_address: str,
    port: float,
    username: str,
    ssh_key_id: None | str,
    server_type: ServerCreateBodyServerType,
    enable_docker_cleanup: bool | Unset = True,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "description": description,
                "ipAddress": ip_address,
                "port": port,
                "username": username,
                "sshKeyId": ssh_key_id,
                "serverType": server_type,
                "enableDockerCleanup": enable_docker_cleanup,
            }
        ),
    }


def parse(data: Any) -> ServerCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ServerCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ServerCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    description: None | str,
    ip_address: str,
    port: float,
    username: str,
    ssh_key_id: None | str,
    server_type: ServerCreateBodyServerType,
    enable_docker_cleanup: bool | Unset = True,
    client: SyncEngine,
) -> ServerCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                description=description,
                ip_address=ip_address,
                port=port,
                username=username,
                ssh_key_id=ssh_key_id,
                server_type=server_type,
                enable_docker_cleanup=enable_docker_cleanup,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    description: None | str,
    ip_address: str,
    port: float,
    username: str,
    ssh_key_id: None | str,
    server_type: ServerCreateBodyServerType,
    enable_docker_cleanup: bool | Unset = True,
    client: AsyncEngine,
) -> ServerCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                description=description,
                ip_address=ip_address,
                port=port,
                username=username,
                ssh_key_id=ssh_key_id,
                server_type=server_type,
                enable_docker_cleanup=enable_docker_cleanup,
            ),
        )
    )

"""`server.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.server_create_result import ServerCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.server_update_body_server_type import ServerUpdateBodyServerType

OPERATION = "server.update"
METHOD = "POST"
PATH = "/server.update"


def _get_kwargs(
    *,
    name: str,
    description: None | str,
    server_id: str,
    ip_address: str,
    port: float,
    username: str,
    ssh_key_id: None | str,
    server_type: ServerUpdateBodyServerType,
    enable_docker_cleanup: bool | Unset = True,
    command: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "description": description,
                "serverId": server_id,
                "ipAddress": ip_address,
                "port": port,
                "username": username,
                "sshKeyId": ssh_key_id,
                "serverType": server_type,
                "enableDockerCleanup": enable_docker_cleanup,
                "command": command,
            }
        ),
    }


def parse(data: Any) -> None | ServerCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | ServerCreateResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ServerCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerCreateResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | ServerCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    description: None | str,
    server_id: str,
    ip_address: str,
    port: float,
    username: str,
    ssh_key_id: None | str,
    server_type: ServerUpdateBodyServerType,
    enable_docker_cleanup: bool | Unset = True,
    command: str | Unset = UNSET,
    client: SyncEngine,
) -> None | ServerCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                description=description,
                server_id=server_id,
                ip_address=ip_address,
                port=port,
                username=username,
                ssh_key_id=ssh_key_id,
                server_type=server_type,
                enable_docker_cleanup=enable_docker_cleanup,
                command=command,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    description: None | str,
    server_id: str,
    ip_address: str,
    port: float,
    username: str,
    ssh_key_id: None | str,
    server_type: ServerUpdateBodyServerType,
    enable_docker_cleanup: bool | Unset = True,
    command: str | Unset = UNSET,
    client: AsyncEngine,
) -> None | ServerCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                description=description,
                server_id=server_id,
                ip_address=ip_address,
                port=port,
                username=username,
                ssh_key_id=ssh_key_id,
                server_type=server_type,
                enable_docker_cleanup=enable_docker_cleanup,
                command=command,
            ),
        )
    )

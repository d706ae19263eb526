"""`settings.updateDockerCleanup`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.updateDockerCleanup"
METHOD = "POST"
PATH = "/settings.updateDockerCleanup"


def _get_kwargs(
    *,
    enable_docker_cleanup: bool,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "enableDockerCleanup": enable_docker_cleanup,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    enable_docker_cleanup: bool,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                enable_docker_cleanup=enable_docker_cleanup,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    enable_docker_cleanup: bool,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                enable_docker_cleanup=enable_docker_cleanup,
                server_id=server_id,
            ),
        )
    )

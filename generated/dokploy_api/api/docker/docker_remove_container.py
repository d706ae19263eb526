"""`docker.removeContainer`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "docker.removeContainer"
METHOD = "POST"
PATH = "/docker.removeContainer"


def _get_kwargs(
    *,
    container_id: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "containerId": container_id,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    container_id: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                container_id=container_id,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    container_id: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                container_id=container_id,
                server_id=server_id,
            ),
        )
    )

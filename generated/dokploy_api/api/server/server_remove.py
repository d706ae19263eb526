"""`server.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.server import Server
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "server.remove"
METHOD = "POST"
PATH = "/server.remove"


def _get_kwargs(
    *,
    server_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> Server:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Server.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Server", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str,
    client: SyncEngine,
) -> Server:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str,
    client: AsyncEngine,
) -> Server:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )

"""`network.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.network import Network
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "network.remove"
METHOD = "POST"
PATH = "/network.remove"


def _get_kwargs(
    *,
    network_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "networkId": network_id,
            }
        ),
    }


def parse(data: Any) -> Network:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Network.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Network", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    network_id: str,
    client: SyncEngine,
) -> Network:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                network_id=network_id,
            ),
        )
    )


async def asyncio(
    *,
    network_id: str,
    client: AsyncEngine,
) -> Network:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                network_id=network_id,
            ),
        )
    )

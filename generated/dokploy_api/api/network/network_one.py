"""`network.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.network import Network
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "network.one"
METHOD = "GET"
PATH = "/network.one"


def _get_kwargs(
    *,
    network_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["networkId"] = network_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


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

"""`network.recreate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.network import Network
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.network_recreate_body import NetworkRecreateBody

OPERATION = "network.recreate"
METHOD = "POST"
PATH = "/network.recreate"


def _get_kwargs(
    *,
    body: NetworkRecreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

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
    body: NetworkRecreateBody,
    client: SyncEngine,
) -> Network:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: NetworkRecreateBody,
    client: AsyncEngine,
) -> Network:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

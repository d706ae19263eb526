"""`destination.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.destination import Destination
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "destination.one"
METHOD = "GET"
PATH = "/destination.one"


def _get_kwargs(
    *,
    destination_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["destinationId"] = destination_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Destination:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Destination.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Destination", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    destination_id: str,
    client: SyncEngine,
) -> Destination:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                destination_id=destination_id,
            ),
        )
    )


async def asyncio(
    *,
    destination_id: str,
    client: AsyncEngine,
) -> Destination:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                destination_id=destination_id,
            ),
        )
    )

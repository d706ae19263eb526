"""`destination.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.destination import Destination
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.destination_create_body import DestinationCreateBody

OPERATION = "destination.create"
METHOD = "POST"
PATH = "/destination.create"


def _get_kwargs(
    *,
    body: DestinationCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

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
    body: DestinationCreateBody,
    client: SyncEngine,
) -> Destination:
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
    body: DestinationCreateBody,
    client: AsyncEngine,
) -> Destination:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

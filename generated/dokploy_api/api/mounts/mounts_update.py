"""`mounts.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mount import Mount
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mounts_update_body import MountsUpdateBody

OPERATION = "mounts.update"
METHOD = "POST"
PATH = "/mounts.update"


def _get_kwargs(
    *,
    body: MountsUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Mount:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Mount.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Mount", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: MountsUpdateBody,
    client: SyncEngine,
) -> Mount:
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
    body: MountsUpdateBody,
    client: AsyncEngine,
) -> Mount:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

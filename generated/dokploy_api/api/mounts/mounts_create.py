"""`mounts.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mounts_create_result import MountsCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mounts_create_body import MountsCreateBody

OPERATION = "mounts.create"
METHOD = "POST"
PATH = "/mounts.create"


def _get_kwargs(
    *,
    body: MountsCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> MountsCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MountsCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MountsCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: MountsCreateBody,
    client: SyncEngine,
) -> MountsCreateResult:
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
    body: MountsCreateBody,
    client: AsyncEngine,
) -> MountsCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`patch.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.patch import Patch
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch_create_body import PatchCreateBody

OPERATION = "patch.create"
METHOD = "POST"
PATH = "/patch.create"


def _get_kwargs(
    *,
    body: PatchCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Patch:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Patch.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Patch", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: PatchCreateBody,
    client: SyncEngine,
) -> Patch:
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
    body: PatchCreateBody,
    client: AsyncEngine,
) -> Patch:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

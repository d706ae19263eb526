"""`patch.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.patch import Patch
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "patch.one"
METHOD = "GET"
PATH = "/patch.one"


def _get_kwargs(
    *,
    patch_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["patchId"] = patch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    patch_id: str,
    client: SyncEngine,
) -> Patch:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                patch_id=patch_id,
            ),
        )
    )


async def asyncio(
    *,
    patch_id: str,
    client: AsyncEngine,
) -> Patch:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                patch_id=patch_id,
            ),
        )
    )

"""`mounts.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mount import Mount
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mounts.one"
METHOD = "GET"
PATH = "/mounts.one"


def _get_kwargs(
    *,
    mount_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["mountId"] = mount_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    mount_id: str,
    client: SyncEngine,
) -> Mount:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mount_id=mount_id,
            ),
        )
    )


async def asyncio(
    *,
    mount_id: str,
    client: AsyncEngine,
) -> Mount:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mount_id=mount_id,
            ),
        )
    )

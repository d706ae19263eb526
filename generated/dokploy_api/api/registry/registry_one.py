"""`registry.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.registry import Registry
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "registry.one"
METHOD = "GET"
PATH = "/registry.one"


def _get_kwargs(
    *,
    registry_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["registryId"] = registry_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Registry:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Registry.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Registry", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    registry_id: str,
    client: SyncEngine,
) -> Registry:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                registry_id=registry_id,
            ),
        )
    )


async def asyncio(
    *,
    registry_id: str,
    client: AsyncEngine,
) -> Registry:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                registry_id=registry_id,
            ),
        )
    )

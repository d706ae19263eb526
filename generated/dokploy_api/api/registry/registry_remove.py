"""`registry.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.registry_all_item import RegistryAllItem
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "registry.remove"
METHOD = "POST"
PATH = "/registry.remove"


def _get_kwargs(
    *,
    registry_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "registryId": registry_id,
            }
        ),
    }


def parse(data: Any) -> RegistryAllItem:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = RegistryAllItem.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("RegistryAllItem", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    registry_id: str,
    client: SyncEngine,
) -> RegistryAllItem:
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
) -> RegistryAllItem:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                registry_id=registry_id,
            ),
        )
    )

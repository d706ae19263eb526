"""`registry.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.registry_all_item import RegistryAllItem
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.registry_remove_body import RegistryRemoveBody

OPERATION = "registry.remove"
METHOD = "POST"
PATH = "/registry.remove"


def _get_kwargs(
    *,
    body: RegistryRemoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> RegistryAllItem:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = RegistryAllItem.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("RegistryAllItem", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: RegistryRemoveBody,
    client: SyncEngine,
) -> RegistryAllItem:
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
    body: RegistryRemoveBody,
    client: AsyncEngine,
) -> RegistryAllItem:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

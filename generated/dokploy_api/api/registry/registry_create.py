"""`registry.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.registry_all_item import RegistryAllItem
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.registry_create_body import RegistryCreateBody

OPERATION = "registry.create"
METHOD = "POST"
PATH = "/registry.create"


def _get_kwargs(
    *,
    body: RegistryCreateBody,
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
    body: RegistryCreateBody,
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
    body: RegistryCreateBody,
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

"""`registry.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.registry_all_item import RegistryAllItem
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.registry_create_body_registry_type import RegistryCreateBodyRegistryType

OPERATION = "registry.create"
METHOD = "POST"
PATH = "/registry.create"


def _get_kwargs(
    *,
    registry_name: str,
    username: str,
    password: str,
    registry_url: str,
    registry_type: RegistryCreateBodyRegistryType,
    image_prefix: None | str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "registryName": registry_name,
                "username": username,
                "password": password,
                "registryUrl": registry_url,
                "registryType": registry_type,
                "imagePrefix": image_prefix,
                "serverId": server_id,
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
    registry_name: str,
    username: str,
    password: str,
    registry_url: str,
    registry_type: RegistryCreateBodyRegistryType,
    image_prefix: None | str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> RegistryAllItem:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                registry_name=registry_name,
                username=username,
                password=password,
                registry_url=registry_url,
                registry_type=registry_type,
                image_prefix=image_prefix,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    registry_name: str,
    username: str,
    password: str,
    registry_url: str,
    registry_type: RegistryCreateBodyRegistryType,
    image_prefix: None | str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> RegistryAllItem:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                registry_name=registry_name,
                username=username,
                password=password,
                registry_url=registry_url,
                registry_type=registry_type,
                image_prefix=image_prefix,
                server_id=server_id,
            ),
        )
    )

"""`registry.testRegistry`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.registry_test_registry_body_registry_type import RegistryTestRegistryBodyRegistryType

OPERATION = "registry.testRegistry"
METHOD = "POST"
PATH = "/registry.testRegistry"


def _get_kwargs(
    *,
    username: str,
    password: str,
    registry_url: str,
    registry_type: RegistryTestRegistryBodyRegistryType,
    registry_name: str | Unset = UNSET,
    image_prefix: None | str | Unset = UNSET,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "username": username,
                "password": password,
                "registryUrl": registry_url,
                "registryType": registry_type,
                "registryName": registry_name,
                "imagePrefix": image_prefix,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    username: str,
    password: str,
    registry_url: str,
    registry_type: RegistryTestRegistryBodyRegistryType,
    registry_name: str | Unset = UNSET,
    image_prefix: None | str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                username=username,
                password=password,
                registry_url=registry_url,
                registry_type=registry_type,
                registry_name=registry_name,
                image_prefix=image_prefix,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    username: str,
    password: str,
    registry_url: str,
    registry_type: RegistryTestRegistryBodyRegistryType,
    registry_name: str | Unset = UNSET,
    image_prefix: None | str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                username=username,
                password=password,
                registry_url=registry_url,
                registry_type=registry_type,
                registry_name=registry_name,
                image_prefix=image_prefix,
                server_id=server_id,
            ),
        )
    )

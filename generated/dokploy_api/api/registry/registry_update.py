"""`registry.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.registry_update_body_registry_type import RegistryUpdateBodyRegistryType

OPERATION = "registry.update"
METHOD = "POST"
PATH = "/registry.update"


def _get_kwargs(
    *,
    registry_id: str,
    registry_name: str | Unset = UNSET,
    image_prefix: None | str | Unset = UNSET,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    registry_url: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    registry_type: RegistryUpdateBodyRegistryType | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "registryId": registry_id,
                "registryName": registry_name,
                "imagePrefix": image_prefix,
                "username": username,
                "password": password,
                "registryUrl": registry_url,
                "createdAt": created_at,
                "registryType": registry_type,
                "organizationId": organization_id,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    registry_id: str,
    registry_name: str | Unset = UNSET,
    image_prefix: None | str | Unset = UNSET,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    registry_url: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    registry_type: RegistryUpdateBodyRegistryType | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                registry_id=registry_id,
                registry_name=registry_name,
                image_prefix=image_prefix,
                username=username,
                password=password,
                registry_url=registry_url,
                created_at=created_at,
                registry_type=registry_type,
                organization_id=organization_id,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    registry_id: str,
    registry_name: str | Unset = UNSET,
    image_prefix: None | str | Unset = UNSET,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    registry_url: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    registry_type: RegistryUpdateBodyRegistryType | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                registry_id=registry_id,
                registry_name=registry_name,
                image_prefix=image_prefix,
                username=username,
                password=password,
                registry_url=registry_url,
                created_at=created_at,
                registry_type=registry_type,
                organization_id=organization_id,
                server_id=server_id,
            ),
        )
    )

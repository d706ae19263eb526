"""`settings.updateTraefikPorts`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.settings_update_traefik_ports_body_additional_ports_item import (
        SettingsUpdateTraefikPortsBodyAdditionalPortsItem,
    )

OPERATION = "settings.updateTraefikPorts"
METHOD = "POST"
PATH = "/settings.updateTraefikPorts"


def _get_kwargs(
    *,
    additional_ports: list[SettingsUpdateTraefikPortsBodyAdditionalPortsItem],
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "additionalPorts": additional_ports,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    additional_ports: list[SettingsUpdateTraefikPortsBodyAdditionalPortsItem],
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                additional_ports=additional_ports,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    additional_ports: list[SettingsUpdateTraefikPortsBodyAdditionalPortsItem],
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                additional_ports=additional_ports,
                server_id=server_id,
            ),
        )
    )

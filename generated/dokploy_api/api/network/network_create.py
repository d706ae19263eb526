"""`network.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.network import Network
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.network_create_body_driver import NetworkCreateBodyDriver
    from ...models.network_create_body_ipam_type_0 import NetworkCreateBodyIpamType0

OPERATION = "network.create"
METHOD = "POST"
PATH = "/network.create"


def _get_kwargs(
    *,
    name: str,
    driver: NetworkCreateBodyDriver | Unset = UNSET,
    internal: bool | Unset = UNSET,
    attachable: bool | Unset = UNSET,
    enable_i_pv_4: bool | Unset = UNSET,
    enable_i_pv_6: bool | Unset = UNSET,
    mtu: int | None | Unset = UNSET,
    ipam: NetworkCreateBodyIpamType0 | None | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "driver": driver,
                "internal": internal,
                "attachable": attachable,
                "enableIPv4": enable_i_pv_4,
                "enableIPv6": enable_i_pv_6,
                "mtu": mtu,
                "ipam": ipam,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> Network:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Network.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Network", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    driver: NetworkCreateBodyDriver | Unset = UNSET,
    internal: bool | Unset = UNSET,
    attachable: bool | Unset = UNSET,
    enable_i_pv_4: bool | Unset = UNSET,
    enable_i_pv_6: bool | Unset = UNSET,
    mtu: int | None | Unset = UNSET,
    ipam: NetworkCreateBodyIpamType0 | None | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> Network:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                driver=driver,
                internal=internal,
                attachable=attachable,
                enable_i_pv_4=enable_i_pv_4,
                enable_i_pv_6=enable_i_pv_6,
                mtu=mtu,
                ipam=ipam,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    driver: NetworkCreateBodyDriver | Unset = UNSET,
    internal: bool | Unset = UNSET,
    attachable: bool | Unset = UNSET,
    enable_i_pv_4: bool | Unset = UNSET,
    enable_i_pv_6: bool | Unset = UNSET,
    mtu: int | None | Unset = UNSET,
    ipam: NetworkCreateBodyIpamType0 | None | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> Network:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                driver=driver,
                internal=internal,
                attachable=attachable,
                enable_i_pv_4=enable_i_pv_4,
                enable_i_pv_6=enable_i_pv_6,
                mtu=mtu,
                ipam=ipam,
                server_id=server_id,
            ),
        )
    )

"""`network.inspect`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "network.inspect"
METHOD = "GET"
PATH = "/network.inspect"


def _get_kwargs(
    *,
    network_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["networkId"] = network_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    network_id: str,
    client: SyncEngine,
) -> Any:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                network_id=network_id,
            ),
        )
    )


async def asyncio(
    *,
    network_id: str,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                network_id=network_id,
            ),
        )
    )

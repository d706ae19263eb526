"""`port.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.port import Port
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "port.one"
METHOD = "GET"
PATH = "/port.one"


def _get_kwargs(
    *,
    port_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["portId"] = port_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Port:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Port.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Port", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    port_id: str,
    client: SyncEngine,
) -> Port:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                port_id=port_id,
            ),
        )
    )


async def asyncio(
    *,
    port_id: str,
    client: AsyncEngine,
) -> Port:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                port_id=port_id,
            ),
        )
    )

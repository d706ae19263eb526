"""`swarm.getNodeApps`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "swarm.getNodeApps"
METHOD = "GET"
PATH = "/swarm.getNodeApps"


def _get_kwargs(
    *,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[Any] | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("list[Any] | None", data)


def sync(
    *,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[Any] | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[Any] | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )

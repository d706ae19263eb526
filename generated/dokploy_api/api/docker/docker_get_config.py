"""`docker.getConfig`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "docker.getConfig"
METHOD = "GET"
PATH = "/docker.getConfig"


def _get_kwargs(
    *,
    container_id: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["containerId"] = container_id

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    container_id: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> Any:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                container_id=container_id,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    container_id: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                container_id=container_id,
                server_id=server_id,
            ),
        )
    )

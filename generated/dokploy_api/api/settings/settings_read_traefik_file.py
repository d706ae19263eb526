"""`settings.readTraefikFile`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.readTraefikFile"
METHOD = "GET"
PATH = "/settings.readTraefikFile"


def _get_kwargs(
    *,
    path: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["path"] = path

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> None | str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("None | str", data)


def sync(
    *,
    path: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> None | str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                path=path,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    path: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> None | str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                path=path,
                server_id=server_id,
            ),
        )
    )

"""`compose.readLogs`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.readLogs"
METHOD = "GET"
PATH = "/compose.readLogs"


def _get_kwargs(
    *,
    compose_id: str,
    container_id: str,
    tail: int | Unset = 100,
    since: str | Unset = "all",
    search: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["composeId"] = compose_id

    params["containerId"] = container_id

    params["tail"] = tail

    params["since"] = since

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(str, data)


def sync(
    *,
    compose_id: str,
    container_id: str,
    tail: int | Unset = 100,
    since: str | Unset = "all",
    search: str | Unset = UNSET,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                container_id=container_id,
                tail=tail,
                since=since,
                search=search,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    container_id: str,
    tail: int | Unset = 100,
    since: str | Unset = "all",
    search: str | Unset = UNSET,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                container_id=container_id,
                tail=tail,
                since=since,
                search=search,
            ),
        )
    )

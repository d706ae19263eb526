"""`postgres.readLogs`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "postgres.readLogs"
METHOD = "GET"
PATH = "/postgres.readLogs"


def _get_kwargs(
    *,
    postgres_id: str,
    tail: int | Unset = 100,
    since: str | Unset = "all",
    search: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["postgresId"] = postgres_id

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
    postgres_id: str,
    tail: int | Unset = 100,
    since: str | Unset = "all",
    search: str | Unset = UNSET,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                postgres_id=postgres_id,
                tail=tail,
                since=since,
                search=search,
            ),
        )
    )


async def asyncio(
    *,
    postgres_id: str,
    tail: int | Unset = 100,
    since: str | Unset = "all",
    search: str | Unset = UNSET,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                postgres_id=postgres_id,
                tail=tail,
                since=since,
                search=search,
            ),
        )
    )

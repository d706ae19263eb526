"""`compose.getTags`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.getTags"
METHOD = "GET"
PATH = "/compose.getTags"


def _get_kwargs(
    *,
    base_url: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["baseUrl"] = base_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[str]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("list[str]", data)


def sync(
    *,
    base_url: str | Unset = UNSET,
    client: SyncEngine,
) -> list[str]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                base_url=base_url,
            ),
        )
    )


async def asyncio(
    *,
    base_url: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[str]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                base_url=base_url,
            ),
        )
    )

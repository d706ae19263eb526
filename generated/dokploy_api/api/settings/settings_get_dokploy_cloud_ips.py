"""`settings.getDokployCloudIps`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.getDokployCloudIps"
METHOD = "GET"
PATH = "/settings.getDokployCloudIps"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> list[str] | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("list[str] | None", data)


def sync(
    *,
    client: SyncEngine,
) -> list[str] | None:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> list[str] | None:
    return parse(await client.request(OPERATION, **_get_kwargs()))

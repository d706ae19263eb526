"""`settings.readTraefikConfig`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.readTraefikConfig"
METHOD = "GET"
PATH = "/settings.readTraefikConfig"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> bool | None | str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("bool | None | str", data)


def sync(
    *,
    client: SyncEngine,
) -> bool | None | str:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> bool | None | str:
    return parse(await client.request(OPERATION, **_get_kwargs()))

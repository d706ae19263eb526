"""`gitlab.gitlabProviders`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitlab.gitlabProviders"
METHOD = "GET"
PATH = "/gitlab.gitlabProviders"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> list[Any]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = cast(list[Any], data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[Any]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> list[Any]:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> list[Any]:
    return parse(await client.request(OPERATION, **_get_kwargs()))

"""`project.homeStats`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project_home_stats_result import ProjectHomeStatsResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "project.homeStats"
METHOD = "GET"
PATH = "/project.homeStats"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> ProjectHomeStatsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ProjectHomeStatsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ProjectHomeStatsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> ProjectHomeStatsResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> ProjectHomeStatsResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))

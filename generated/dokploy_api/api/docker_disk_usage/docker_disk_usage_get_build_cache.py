"""`dockerDiskUsage.getBuildCache`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_disk_usage_get_build_cache_item import DockerDiskUsageGetBuildCacheItem

OPERATION = "dockerDiskUsage.getBuildCache"
METHOD = "GET"
PATH = "/dockerDiskUsage.getBuildCache"


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


def parse(data: Any) -> list[DockerDiskUsageGetBuildCacheItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.docker_disk_usage_get_build_cache_item import DockerDiskUsageGetBuildCacheItem  # noqa: PLC0415

            response_200_item = DockerDiskUsageGetBuildCacheItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[DockerDiskUsageGetBuildCacheItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[DockerDiskUsageGetBuildCacheItem]:
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
) -> list[DockerDiskUsageGetBuildCacheItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )

"""`dockerDiskUsage.pruneBuildCache`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_disk_usage_prune_build_cache_body import DockerDiskUsagePruneBuildCacheBody

OPERATION = "dockerDiskUsage.pruneBuildCache"
METHOD = "POST"
PATH = "/dockerDiskUsage.pruneBuildCache"


def _get_kwargs(
    *,
    body: DockerDiskUsagePruneBuildCacheBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    body: DockerDiskUsagePruneBuildCacheBody,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: DockerDiskUsagePruneBuildCacheBody,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

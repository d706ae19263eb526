"""Operations of Dokploy's `docker_disk_usage` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_disk_usage_get_build_cache_item import DockerDiskUsageGetBuildCacheItem
    from ...models.docker_disk_usage_get_disk_usage_item import DockerDiskUsageGetDiskUsageItem


class DockerDiskUsageResource:
    """`docker_disk_usage.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def get_build_cache(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerDiskUsageGetBuildCacheItem]:
        """`GET /dockerDiskUsage.getBuildCache`"""
        from .docker_disk_usage_get_build_cache import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_disk_usage(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerDiskUsageGetDiskUsageItem]:
        """`GET /dockerDiskUsage.getDiskUsage`"""
        from .docker_disk_usage_get_disk_usage import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def prune_build_cache(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerDiskUsage.pruneBuildCache`"""
        from .docker_disk_usage_prune_build_cache import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )


class AsyncDockerDiskUsageResource:
    """`docker_disk_usage.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get_build_cache(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerDiskUsageGetBuildCacheItem]:
        """`GET /dockerDiskUsage.getBuildCache`"""
        from .docker_disk_usage_get_build_cache import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_disk_usage(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerDiskUsageGetDiskUsageItem]:
        """`GET /dockerDiskUsage.getDiskUsage`"""
        from .docker_disk_usage_get_disk_usage import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def prune_build_cache(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerDiskUsage.pruneBuildCache`"""
        from .docker_disk_usage_prune_build_cache import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

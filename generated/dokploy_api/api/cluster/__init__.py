"""Operations of Dokploy's `cluster` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.cluster_add_manager_result import ClusterAddManagerResult
    from ...models.cluster_get_nodes_item import ClusterGetNodesItem


class ClusterResource:
    """`cluster.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def add_manager(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> ClusterAddManagerResult:
        """`GET /cluster.addManager`"""
        from .cluster_add_manager import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def add_worker(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> ClusterAddManagerResult:
        """`GET /cluster.addWorker`"""
        from .cluster_add_worker import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_nodes(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[ClusterGetNodesItem]:
        """`GET /cluster.getNodes`"""
        from .cluster_get_nodes import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def remove_worker(
        self,
        *,
        node_id: str,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /cluster.removeWorker`"""
        from .cluster_remove_worker import sync

        return sync(
            node_id=node_id,
            server_id=server_id,
            client=self._engine,
        )


class AsyncClusterResource:
    """`cluster.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def add_manager(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> ClusterAddManagerResult:
        """`GET /cluster.addManager`"""
        from .cluster_add_manager import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def add_worker(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> ClusterAddManagerResult:
        """`GET /cluster.addWorker`"""
        from .cluster_add_worker import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_nodes(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[ClusterGetNodesItem]:
        """`GET /cluster.getNodes`"""
        from .cluster_get_nodes import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def remove_worker(
        self,
        *,
        node_id: str,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /cluster.removeWorker`"""
        from .cluster_remove_worker import asyncio

        return await asyncio(
            node_id=node_id,
            server_id=server_id,
            client=self._engine,
        )

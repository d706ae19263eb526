"""Operations of Dokploy's `swarm` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine


class SwarmResource:
    """`swarm.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def get_container_stats(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[Any]:
        """`GET /swarm.getContainerStats`"""
        from .swarm_get_container_stats import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_node_apps(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[Any] | None:
        """`GET /swarm.getNodeApps`"""
        from .swarm_get_node_apps import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_node_info(
        self,
        *,
        node_id: str,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /swarm.getNodeInfo`"""
        from .swarm_get_node_info import sync

        return sync(
            node_id=node_id,
            server_id=server_id,
            client=self._engine,
        )

    def get_nodes(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[Any] | None:
        """`GET /swarm.getNodes`"""
        from .swarm_get_nodes import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )


class AsyncSwarmResource:
    """`swarm.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get_container_stats(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[Any]:
        """`GET /swarm.getContainerStats`"""
        from .swarm_get_container_stats import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_node_apps(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[Any] | None:
        """`GET /swarm.getNodeApps`"""
        from .swarm_get_node_apps import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_node_info(
        self,
        *,
        node_id: str,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /swarm.getNodeInfo`"""
        from .swarm_get_node_info import asyncio

        return await asyncio(
            node_id=node_id,
            server_id=server_id,
            client=self._engine,
        )

    async def get_nodes(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[Any] | None:
        """`GET /swarm.getNodes`"""
        from .swarm_get_nodes import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

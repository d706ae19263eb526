"""Operations of Dokploy's `port` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.port import Port
    from ...models.port_create_body_protocol import PortCreateBodyProtocol
    from ...models.port_create_body_publish_mode import PortCreateBodyPublishMode
    from ...models.port_create_result import PortCreateResult
    from ...models.port_update_body_protocol import PortUpdateBodyProtocol
    from ...models.port_update_body_publish_mode import PortUpdateBodyPublishMode


class PortResource:
    """`port.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        published_port: float,
        target_port: float,
        application_id: str,
        publish_mode: PortCreateBodyPublishMode = "ingress",
        protocol: PortCreateBodyProtocol = "tcp",
    ) -> PortCreateResult:
        """`POST /port.create`"""
        from .port_create import sync

        return sync(
            published_port=published_port,
            publish_mode=publish_mode,
            target_port=target_port,
            protocol=protocol,
            application_id=application_id,
            client=self._engine,
        )

    def delete(
        self,
        *,
        port_id: str,
    ) -> None | PortCreateResult:
        """`POST /port.delete`"""
        from .port_delete import sync

        return sync(
            port_id=port_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        port_id: str,
    ) -> Port:
        """`GET /port.one`"""
        from .port_one import sync

        return sync(
            port_id=port_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        port_id: str,
        published_port: float,
        target_port: float,
        publish_mode: PortUpdateBodyPublishMode = "ingress",
        protocol: PortUpdateBodyProtocol = "tcp",
    ) -> None | PortCreateResult:
        """`POST /port.update`"""
        from .port_update import sync

        return sync(
            port_id=port_id,
            published_port=published_port,
            publish_mode=publish_mode,
            target_port=target_port,
            protocol=protocol,
            client=self._engine,
        )


class AsyncPortResource:
    """`port.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        published_port: float,
        target_port: float,
        application_id: str,
        publish_mode: PortCreateBodyPublishMode = "ingress",
        protocol: PortCreateBodyProtocol = "tcp",
    ) -> PortCreateResult:
        """`POST /port.create`"""
        from .port_create import asyncio

        return await asyncio(
            published_port=published_port,
            publish_mode=publish_mode,
            target_port=target_port,
            protocol=protocol,
            application_id=application_id,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        port_id: str,
    ) -> None | PortCreateResult:
        """`POST /port.delete`"""
        from .port_delete import asyncio

        return await asyncio(
            port_id=port_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        port_id: str,
    ) -> Port:
        """`GET /port.one`"""
        from .port_one import asyncio

        return await asyncio(
            port_id=port_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        port_id: str,
        published_port: float,
        target_port: float,
        publish_mode: PortUpdateBodyPublishMode = "ingress",
        protocol: PortUpdateBodyProtocol = "tcp",
    ) -> None | PortCreateResult:
        """`POST /port.update`"""
        from .port_update import asyncio

        return await asyncio(
            port_id=port_id,
            published_port=published_port,
            publish_mode=publish_mode,
            target_port=target_port,
            protocol=protocol,
            client=self._engine,
        )

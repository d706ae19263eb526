"""Operations of Dokploy's `admin` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.admin_setup_monitoring_result import AdminSetupMonitoringResult
    from ...models.metrics_config import MetricsConfig


class AdminResource:
    """`admin.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def setup_monitoring(
        self,
        *,
        metrics_config: MetricsConfig,
    ) -> AdminSetupMonitoringResult | None:
        """`POST /admin.setupMonitoring`"""
        from .admin_setup_monitoring import sync

        return sync(
            metrics_config=metrics_config,
            client=self._engine,
        )


class AsyncAdminResource:
    """`admin.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def setup_monitoring(
        self,
        *,
        metrics_config: MetricsConfig,
    ) -> AdminSetupMonitoringResult | None:
        """`POST /admin.setupMonitoring`"""
        from .admin_setup_monitoring import asyncio

        return await asyncio(
            metrics_config=metrics_config,
            client=self._engine,
        )

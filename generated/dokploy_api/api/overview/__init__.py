"""Operations of Dokploy's `overview` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.overview_backups_item import OverviewBackupsItem
    from ...models.overview_domains_item import OverviewDomainsItem
    from ...models.overview_services_item import OverviewServicesItem


class OverviewResource:
    """`overview.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def backups(
        self,
    ) -> list[OverviewBackupsItem]:
        """`GET /overview.backups`"""
        from .overview_backups import sync

        return sync(
            client=self._engine,
        )

    def domains(
        self,
    ) -> list[OverviewDomainsItem]:
        """`GET /overview.domains`"""
        from .overview_domains import sync

        return sync(
            client=self._engine,
        )

    def services(
        self,
    ) -> list[OverviewServicesItem]:
        """`GET /overview.services`"""
        from .overview_services import sync

        return sync(
            client=self._engine,
        )


class AsyncOverviewResource:
    """`overview.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def backups(
        self,
    ) -> list[OverviewBackupsItem]:
        """`GET /overview.backups`"""
        from .overview_backups import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def domains(
        self,
    ) -> list[OverviewDomainsItem]:
        """`GET /overview.domains`"""
        from .overview_domains import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def services(
        self,
    ) -> list[OverviewServicesItem]:
        """`GET /overview.services`"""
        from .overview_services import asyncio

        return await asyncio(
            client=self._engine,
        )

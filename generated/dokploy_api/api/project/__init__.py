"""Operations of Dokploy's `project` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_search_result import ApplicationSearchResult
    from ...models.project import Project
    from ...models.project_all_for_permissions_item import ProjectAllForPermissionsItem
    from ...models.project_all_item import ProjectAllItem
    from ...models.project_create_result import ProjectCreateResult
    from ...models.project_duplicate_body_selected_services_item import ProjectDuplicateBodySelectedServicesItem
    from ...models.project_duplicate_result import ProjectDuplicateResult
    from ...models.project_home_stats_result import ProjectHomeStatsResult
    from ...models.project_remove_result import ProjectRemoveResult


class ProjectResource:
    """`project.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[ProjectAllItem]:
        """`GET /project.all`"""
        from .project_all import sync

        return sync(
            client=self._engine,
        )

    def all_for_permissions(
        self,
    ) -> list[ProjectAllForPermissionsItem]:
        """`GET /project.allForPermissions`"""
        from .project_all_for_permissions import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        env: str | Unset = UNSET,
    ) -> ProjectCreateResult:
        """`POST /project.create`"""
        from .project_create import sync

        return sync(
            name=name,
            description=description,
            env=env,
            client=self._engine,
        )

    def duplicate(
        self,
        *,
        source_environment_id: str,
        name: str,
        description: str | Unset = UNSET,
        include_services: bool | Unset = True,
        selected_services: list[ProjectDuplicateBodySelectedServicesItem] | Unset = UNSET,
        duplicate_in_same_project: bool | Unset = False,
    ) -> None | ProjectDuplicateResult:
        """`POST /project.duplicate`"""
        from .project_duplicate import sync

        return sync(
            source_environment_id=source_environment_id,
            name=name,
            description=description,
            include_services=include_services,
            selected_services=selected_services,
            duplicate_in_same_project=duplicate_in_same_project,
            client=self._engine,
        )

    def home_stats(
        self,
    ) -> ProjectHomeStatsResult:
        """`GET /project.homeStats`"""
        from .project_home_stats import sync

        return sync(
            client=self._engine,
        )

    def one(
        self,
        *,
        project_id: str,
    ) -> Project:
        """`GET /project.one`"""
        from .project_one import sync

        return sync(
            project_id=project_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        project_id: str,
    ) -> None | ProjectRemoveResult:
        """`POST /project.remove`"""
        from .project_remove import sync

        return sync(
            project_id=project_id,
            client=self._engine,
        )

    def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /project.search`"""
        from .project_search import sync

        return sync(
            q=q,
            name=name,
            description=description,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    def update(
        self,
        *,
        project_id: str,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        env: str | Unset = UNSET,
    ) -> None | ProjectRemoveResult:
        """`POST /project.update`"""
        from .project_update import sync

        return sync(
            project_id=project_id,
            name=name,
            description=description,
            created_at=created_at,
            organization_id=organization_id,
            env=env,
            client=self._engine,
        )


class AsyncProjectResource:
    """`project.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[ProjectAllItem]:
        """`GET /project.all`"""
        from .project_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def all_for_permissions(
        self,
    ) -> list[ProjectAllForPermissionsItem]:
        """`GET /project.allForPermissions`"""
        from .project_all_for_permissions import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        env: str | Unset = UNSET,
    ) -> ProjectCreateResult:
        """`POST /project.create`"""
        from .project_create import asyncio

        return await asyncio(
            name=name,
            description=description,
            env=env,
            client=self._engine,
        )

    async def duplicate(
        self,
        *,
        source_environment_id: str,
        name: str,
        description: str | Unset = UNSET,
        include_services: bool | Unset = True,
        selected_services: list[ProjectDuplicateBodySelectedServicesItem] | Unset = UNSET,
        duplicate_in_same_project: bool | Unset = False,
    ) -> None | ProjectDuplicateResult:
        """`POST /project.duplicate`"""
        from .project_duplicate import asyncio

        return await asyncio(
            source_environment_id=source_environment_id,
            name=name,
            description=description,
            include_services=include_services,
            selected_services=selected_services,
            duplicate_in_same_project=duplicate_in_same_project,
            client=self._engine,
        )

    async def home_stats(
        self,
    ) -> ProjectHomeStatsResult:
        """`GET /project.homeStats`"""
        from .project_home_stats import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def one(
        self,
        *,
        project_id: str,
    ) -> Project:
        """`GET /project.one`"""
        from .project_one import asyncio

        return await asyncio(
            project_id=project_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        project_id: str,
    ) -> None | ProjectRemoveResult:
        """`POST /project.remove`"""
        from .project_remove import asyncio

        return await asyncio(
            project_id=project_id,
            client=self._engine,
        )

    async def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /project.search`"""
        from .project_search import asyncio

        return await asyncio(
            q=q,
            name=name,
            description=description,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    async def update(
        self,
        *,
        project_id: str,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        env: str | Unset = UNSET,
    ) -> None | ProjectRemoveResult:
        """`POST /project.update`"""
        from .project_update import asyncio

        return await asyncio(
            project_id=project_id,
            name=name,
            description=description,
            created_at=created_at,
            organization_id=organization_id,
            env=env,
            client=self._engine,
        )

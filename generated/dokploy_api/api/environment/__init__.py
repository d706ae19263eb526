"""Operations of Dokploy's `environment` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_search_result import ApplicationSearchResult
    from ...models.environment import Environment
    from ...models.environment_by_project_id_item import EnvironmentByProjectIdItem
    from ...models.environment_create_result import EnvironmentCreateResult


class EnvironmentResource:
    """`environment.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def by_project_id(
        self,
        *,
        project_id: str,
    ) -> list[EnvironmentByProjectIdItem]:
        """`GET /environment.byProjectId`"""
        from .environment_by_project_id import sync

        return sync(
            project_id=project_id,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        project_id: str,
        description: str | Unset = UNSET,
    ) -> EnvironmentCreateResult:
        """`POST /environment.create`"""
        from .environment_create import sync

        return sync(
            name=name,
            project_id=project_id,
            description=description,
            client=self._engine,
        )

    def duplicate(
        self,
        *,
        environment_id: str,
        name: str,
        description: str | Unset = UNSET,
    ) -> EnvironmentCreateResult:
        """`POST /environment.duplicate`"""
        from .environment_duplicate import sync

        return sync(
            environment_id=environment_id,
            name=name,
            description=description,
            client=self._engine,
        )

    def one(
        self,
        *,
        environment_id: str,
    ) -> Environment:
        """`GET /environment.one`"""
        from .environment_one import sync

        return sync(
            environment_id=environment_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        environment_id: str,
    ) -> EnvironmentCreateResult | None:
        """`POST /environment.remove`"""
        from .environment_remove import sync

        return sync(
            environment_id=environment_id,
            client=self._engine,
        )

    def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /environment.search`"""
        from .environment_search import sync

        return sync(
            q=q,
            name=name,
            description=description,
            project_id=project_id,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    def update(
        self,
        *,
        environment_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        env: str | Unset = UNSET,
    ) -> EnvironmentCreateResult | None:
        """`POST /environment.update`"""
        from .environment_update import sync

        return sync(
            environment_id=environment_id,
            name=name,
            description=description,
            project_id=project_id,
            env=env,
            client=self._engine,
        )


class AsyncEnvironmentResource:
    """`environment.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def by_project_id(
        self,
        *,
        project_id: str,
    ) -> list[EnvironmentByProjectIdItem]:
        """`GET /environment.byProjectId`"""
        from .environment_by_project_id import asyncio

        return await asyncio(
            project_id=project_id,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        project_id: str,
        description: str | Unset = UNSET,
    ) -> EnvironmentCreateResult:
        """`POST /environment.create`"""
        from .environment_create import asyncio

        return await asyncio(
            name=name,
            project_id=project_id,
            description=description,
            client=self._engine,
        )

    async def duplicate(
        self,
        *,
        environment_id: str,
        name: str,
        description: str | Unset = UNSET,
    ) -> EnvironmentCreateResult:
        """`POST /environment.duplicate`"""
        from .environment_duplicate import asyncio

        return await asyncio(
            environment_id=environment_id,
            name=name,
            description=description,
            client=self._engine,
        )

    async def one(
        self,
        *,
        environment_id: str,
    ) -> Environment:
        """`GET /environment.one`"""
        from .environment_one import asyncio

        return await asyncio(
            environment_id=environment_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        environment_id: str,
    ) -> EnvironmentCreateResult | None:
        """`POST /environment.remove`"""
        from .environment_remove import asyncio

        return await asyncio(
            environment_id=environment_id,
            client=self._engine,
        )

    async def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /environment.search`"""
        from .environment_search import asyncio

        return await asyncio(
            q=q,
            name=name,
            description=description,
            project_id=project_id,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    async def update(
        self,
        *,
        environment_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        env: str | Unset = UNSET,
    ) -> EnvironmentCreateResult | None:
        """`POST /environment.update`"""
        from .environment_update import asyncio

        return await asyncio(
            environment_id=environment_id,
            name=name,
            description=description,
            project_id=project_id,
            env=env,
            client=self._engine,
        )

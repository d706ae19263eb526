"""Operations of Dokploy's `tag` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_update_result import GiteaUpdateResult
    from ...models.tag import Tag
    from ...models.tag_assign_to_project_result import TagAssignToProjectResult


class TagResource:
    """`tag.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[Tag]:
        """`GET /tag.all`"""
        from .tag_all import sync

        return sync(
            client=self._engine,
        )

    def assign_to_project(
        self,
        *,
        project_id: str,
        tag_id: str,
    ) -> None | TagAssignToProjectResult:
        """`POST /tag.assignToProject`"""
        from .tag_assign_to_project import sync

        return sync(
            project_id=project_id,
            tag_id=tag_id,
            client=self._engine,
        )

    def bulk_assign(
        self,
        *,
        project_id: str,
        tag_ids: list[str],
    ) -> GiteaUpdateResult:
        """`POST /tag.bulkAssign`"""
        from .tag_bulk_assign import sync

        return sync(
            project_id=project_id,
            tag_ids=tag_ids,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        color: None | str | Unset = UNSET,
    ) -> None | Tag:
        """`POST /tag.create`"""
        from .tag_create import sync

        return sync(
            name=name,
            color=color,
            client=self._engine,
        )

    def one(
        self,
        *,
        tag_id: str,
    ) -> Tag:
        """`GET /tag.one`"""
        from .tag_one import sync

        return sync(
            tag_id=tag_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        tag_id: str,
    ) -> GiteaUpdateResult:
        """`POST /tag.remove`"""
        from .tag_remove import sync

        return sync(
            tag_id=tag_id,
            client=self._engine,
        )

    def remove_from_project(
        self,
        *,
        project_id: str,
        tag_id: str,
    ) -> GiteaUpdateResult:
        """`POST /tag.removeFromProject`"""
        from .tag_remove_from_project import sync

        return sync(
            project_id=project_id,
            tag_id=tag_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None | Tag:
        """`POST /tag.update`"""
        from .tag_update import sync

        return sync(
            tag_id=tag_id,
            name=name,
            color=color,
            created_at=created_at,
            organization_id=organization_id,
            client=self._engine,
        )


class AsyncTagResource:
    """`tag.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[Tag]:
        """`GET /tag.all`"""
        from .tag_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def assign_to_project(
        self,
        *,
        project_id: str,
        tag_id: str,
    ) -> None | TagAssignToProjectResult:
        """`POST /tag.assignToProject`"""
        from .tag_assign_to_project import asyncio

        return await asyncio(
            project_id=project_id,
            tag_id=tag_id,
            client=self._engine,
        )

    async def bulk_assign(
        self,
        *,
        project_id: str,
        tag_ids: list[str],
    ) -> GiteaUpdateResult:
        """`POST /tag.bulkAssign`"""
        from .tag_bulk_assign import asyncio

        return await asyncio(
            project_id=project_id,
            tag_ids=tag_ids,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        color: None | str | Unset = UNSET,
    ) -> None | Tag:
        """`POST /tag.create`"""
        from .tag_create import asyncio

        return await asyncio(
            name=name,
            color=color,
            client=self._engine,
        )

    async def one(
        self,
        *,
        tag_id: str,
    ) -> Tag:
        """`GET /tag.one`"""
        from .tag_one import asyncio

        return await asyncio(
            tag_id=tag_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        tag_id: str,
    ) -> GiteaUpdateResult:
        """`POST /tag.remove`"""
        from .tag_remove import asyncio

        return await asyncio(
            tag_id=tag_id,
            client=self._engine,
        )

    async def remove_from_project(
        self,
        *,
        project_id: str,
        tag_id: str,
    ) -> GiteaUpdateResult:
        """`POST /tag.removeFromProject`"""
        from .tag_remove_from_project import asyncio

        return await asyncio(
            project_id=project_id,
            tag_id=tag_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        tag_id: str,
        name: str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None | Tag:
        """`POST /tag.update`"""
        from .tag_update import asyncio

        return await asyncio(
            tag_id=tag_id,
            name=name,
            color=color,
            created_at=created_at,
            organization_id=organization_id,
            client=self._engine,
        )

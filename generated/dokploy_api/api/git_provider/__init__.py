"""Operations of Dokploy's `git_provider` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.git_provider_all_for_permissions_item import GitProviderAllForPermissionsItem
    from ...models.git_provider_get_all_item import GitProviderGetAllItem
    from ...models.git_provider_remove_result import GitProviderRemoveResult


class GitProviderResource:
    """`git_provider.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all_for_permissions(
        self,
    ) -> list[GitProviderAllForPermissionsItem]:
        """`GET /gitProvider.allForPermissions`"""
        from .git_provider_all_for_permissions import sync

        return sync(
            client=self._engine,
        )

    def get_all(
        self,
    ) -> list[GitProviderGetAllItem]:
        """`GET /gitProvider.getAll`"""
        from .git_provider_get_all import sync

        return sync(
            client=self._engine,
        )

    def remove(
        self,
        *,
        git_provider_id: str,
    ) -> GitProviderRemoveResult | None:
        """`POST /gitProvider.remove`"""
        from .git_provider_remove import sync

        return sync(
            git_provider_id=git_provider_id,
            client=self._engine,
        )

    def toggle_share(
        self,
        *,
        git_provider_id: str,
        shared_with_organization: bool,
    ) -> GitProviderRemoveResult | None:
        """`POST /gitProvider.toggleShare`"""
        from .git_provider_toggle_share import sync

        return sync(
            git_provider_id=git_provider_id,
            shared_with_organization=shared_with_organization,
            client=self._engine,
        )


class AsyncGitProviderResource:
    """`git_provider.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all_for_permissions(
        self,
    ) -> list[GitProviderAllForPermissionsItem]:
        """`GET /gitProvider.allForPermissions`"""
        from .git_provider_all_for_permissions import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_all(
        self,
    ) -> list[GitProviderGetAllItem]:
        """`GET /gitProvider.getAll`"""
        from .git_provider_get_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def remove(
        self,
        *,
        git_provider_id: str,
    ) -> GitProviderRemoveResult | None:
        """`POST /gitProvider.remove`"""
        from .git_provider_remove import asyncio

        return await asyncio(
            git_provider_id=git_provider_id,
            client=self._engine,
        )

    async def toggle_share(
        self,
        *,
        git_provider_id: str,
        shared_with_organization: bool,
    ) -> GitProviderRemoveResult | None:
        """`POST /gitProvider.toggleShare`"""
        from .git_provider_toggle_share import asyncio

        return await asyncio(
            git_provider_id=git_provider_id,
            shared_with_organization=shared_with_organization,
            client=self._engine,
        )

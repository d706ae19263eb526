"""Operations of Dokploy's `bitbucket` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.bitbucket import Bitbucket
    from ...models.bitbucket_bitbucket_providers_item import BitbucketBitbucketProvidersItem
    from ...models.bitbucket_get_bitbucket_branches_item import BitbucketGetBitbucketBranchesItem
    from ...models.bitbucket_get_bitbucket_repositories_item import BitbucketGetBitbucketRepositoriesItem
    from ...models.bitbucket_update_result import BitbucketUpdateResult


class BitbucketResource:
    """`bitbucket.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def bitbucket_providers(
        self,
    ) -> list[BitbucketBitbucketProvidersItem]:
        """`GET /bitbucket.bitbucketProviders`"""
        from .bitbucket_bitbucket_providers import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        auth_id: str,
        name: str,
        bitbucket_id: str | Unset = UNSET,
        bitbucket_username: str | Unset = UNSET,
        bitbucket_email: str | Unset = UNSET,
        app_password: str | Unset = UNSET,
        api_token: str | Unset = UNSET,
        bitbucket_workspace_name: str | Unset = UNSET,
        git_provider_id: str | Unset = UNSET,
    ) -> Bitbucket:
        """`POST /bitbucket.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["bitbucket.create"]``).
        """
        from ...facts import FINDERS
        from .bitbucket_create import sync

        return cast(
            "Bitbucket",
            self._engine.create_and_find(
                FINDERS["bitbucket.create"],
                lambda: sync(
                    auth_id=auth_id,
                    name=name,
                    bitbucket_id=bitbucket_id,
                    bitbucket_username=bitbucket_username,
                    bitbucket_email=bitbucket_email,
                    app_password=app_password,
                    api_token=api_token,
                    bitbucket_workspace_name=bitbucket_workspace_name,
                    git_provider_id=git_provider_id,
                    client=self._engine,
                ),
                {
                    "auth_id": auth_id,
                    "name": name,
                    "bitbucket_id": bitbucket_id,
                    "bitbucket_username": bitbucket_username,
                    "bitbucket_email": bitbucket_email,
                    "app_password": app_password,
                    "api_token": api_token,
                    "bitbucket_workspace_name": bitbucket_workspace_name,
                    "git_provider_id": git_provider_id,
                },
            ),
        )

    def get_bitbucket_branches(
        self,
        *,
        owner: str,
        repo: str,
        bitbucket_id: str | Unset = UNSET,
    ) -> list[BitbucketGetBitbucketBranchesItem]:
        """`GET /bitbucket.getBitbucketBranches`"""
        from .bitbucket_get_bitbucket_branches import sync

        return sync(
            owner=owner,
            repo=repo,
            bitbucket_id=bitbucket_id,
            client=self._engine,
        )

    def get_bitbucket_repositories(
        self,
        *,
        bitbucket_id: str,
    ) -> list[BitbucketGetBitbucketRepositoriesItem]:
        """`GET /bitbucket.getBitbucketRepositories`"""
        from .bitbucket_get_bitbucket_repositories import sync

        return sync(
            bitbucket_id=bitbucket_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        bitbucket_id: str,
    ) -> Bitbucket:
        """`GET /bitbucket.one`"""
        from .bitbucket_one import sync

        return sync(
            bitbucket_id=bitbucket_id,
            client=self._engine,
        )

    def test_connection(
        self,
        *,
        bitbucket_id: str,
        bitbucket_username: str | Unset = UNSET,
        bitbucket_email: str | Unset = UNSET,
        workspace_name: str | Unset = UNSET,
        api_token: str | Unset = UNSET,
        app_password: str | Unset = UNSET,
    ) -> str:
        """`POST /bitbucket.testConnection`"""
        from .bitbucket_test_connection import sync

        return sync(
            bitbucket_id=bitbucket_id,
            bitbucket_username=bitbucket_username,
            bitbucket_email=bitbucket_email,
            workspace_name=workspace_name,
            api_token=api_token,
            app_password=app_password,
            client=self._engine,
        )

    def update(
        self,
        *,
        bitbucket_id: str,
        git_provider_id: str,
        name: str,
        bitbucket_username: str | Unset = UNSET,
        bitbucket_email: str | Unset = UNSET,
        app_password: str | Unset = UNSET,
        api_token: str | Unset = UNSET,
        bitbucket_workspace_name: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> BitbucketUpdateResult | None:
        """`POST /bitbucket.update`"""
        from .bitbucket_update import sync

        return sync(
            bitbucket_id=bitbucket_id,
            git_provider_id=git_provider_id,
            name=name,
            bitbucket_username=bitbucket_username,
            bitbucket_email=bitbucket_email,
            app_password=app_password,
            api_token=api_token,
            bitbucket_workspace_name=bitbucket_workspace_name,
            organization_id=organization_id,
            client=self._engine,
        )


class AsyncBitbucketResource:
    """`bitbucket.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def bitbucket_providers(
        self,
    ) -> list[BitbucketBitbucketProvidersItem]:
        """`GET /bitbucket.bitbucketProviders`"""
        from .bitbucket_bitbucket_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        auth_id: str,
        name: str,
        bitbucket_id: str | Unset = UNSET,
        bitbucket_username: str | Unset = UNSET,
        bitbucket_email: str | Unset = UNSET,
        app_password: str | Unset = UNSET,
        api_token: str | Unset = UNSET,
        bitbucket_workspace_name: str | Unset = UNSET,
        git_provider_id: str | Unset = UNSET,
    ) -> Bitbucket:
        """`POST /bitbucket.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["bitbucket.create"]``).
        """
        from ...facts import FINDERS
        from .bitbucket_create import asyncio

        return cast(
            "Bitbucket",
            await self._engine.create_and_find(
                FINDERS["bitbucket.create"],
                lambda: asyncio(
                    auth_id=auth_id,
                    name=name,
                    bitbucket_id=bitbucket_id,
                    bitbucket_username=bitbucket_username,
                    bitbucket_email=bitbucket_email,
                    app_password=app_password,
                    api_token=api_token,
                    bitbucket_workspace_name=bitbucket_workspace_name,
                    git_provider_id=git_provider_id,
                    client=self._engine,
                ),
                {
                    "auth_id": auth_id,
                    "name": name,
                    "bitbucket_id": bitbucket_id,
                    "bitbucket_username": bitbucket_username,
                    "bitbucket_email": bitbucket_email,
                    "app_password": app_password,
                    "api_token": api_token,
                    "bitbucket_workspace_name": bitbucket_workspace_name,
                    "git_provider_id": git_provider_id,
                },
            ),
        )

    async def get_bitbucket_branches(
        self,
        *,
        owner: str,
        repo: str,
        bitbucket_id: str | Unset = UNSET,
    ) -> list[BitbucketGetBitbucketBranchesItem]:
        """`GET /bitbucket.getBitbucketBranches`"""
        from .bitbucket_get_bitbucket_branches import asyncio

        return await asyncio(
            owner=owner,
            repo=repo,
            bitbucket_id=bitbucket_id,
            client=self._engine,
        )

    async def get_bitbucket_repositories(
        self,
        *,
        bitbucket_id: str,
    ) -> list[BitbucketGetBitbucketRepositoriesItem]:
        """`GET /bitbucket.getBitbucketRepositories`"""
        from .bitbucket_get_bitbucket_repositories import asyncio

        return await asyncio(
            bitbucket_id=bitbucket_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        bitbucket_id: str,
    ) -> Bitbucket:
        """`GET /bitbucket.one`"""
        from .bitbucket_one import asyncio

        return await asyncio(
            bitbucket_id=bitbucket_id,
            client=self._engine,
        )

    async def test_connection(
        self,
        *,
        bitbucket_id: str,
        bitbucket_username: str | Unset = UNSET,
        bitbucket_email: str | Unset = UNSET,
        workspace_name: str | Unset = UNSET,
        api_token: str | Unset = UNSET,
        app_password: str | Unset = UNSET,
    ) -> str:
        """`POST /bitbucket.testConnection`"""
        from .bitbucket_test_connection import asyncio

        return await asyncio(
            bitbucket_id=bitbucket_id,
            bitbucket_username=bitbucket_username,
            bitbucket_email=bitbucket_email,
            workspace_name=workspace_name,
            api_token=api_token,
            app_password=app_password,
            client=self._engine,
        )

    async def update(
        self,
        *,
        bitbucket_id: str,
        git_provider_id: str,
        name: str,
        bitbucket_username: str | Unset = UNSET,
        bitbucket_email: str | Unset = UNSET,
        app_password: str | Unset = UNSET,
        api_token: str | Unset = UNSET,
        bitbucket_workspace_name: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> BitbucketUpdateResult | None:
        """`POST /bitbucket.update`"""
        from .bitbucket_update import asyncio

        return await asyncio(
            bitbucket_id=bitbucket_id,
            git_provider_id=git_provider_id,
            name=name,
            bitbucket_username=bitbucket_username,
            bitbucket_email=bitbucket_email,
            app_password=app_password,
            api_token=api_token,
            bitbucket_workspace_name=bitbucket_workspace_name,
            organization_id=organization_id,
            client=self._engine,
        )

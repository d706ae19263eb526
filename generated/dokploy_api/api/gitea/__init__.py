"""Operations of Dokploy's `gitea` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea import Gitea
    from ...models.gitea_create_result import GiteaCreateResult
    from ...models.gitea_get_gitea_branches_item import GiteaGetGiteaBranchesItem
    from ...models.gitea_get_gitea_repositories_item import GiteaGetGiteaRepositoriesItem
    from ...models.gitea_gitea_providers_item import GiteaGiteaProvidersItem
    from ...models.gitea_update_result import GiteaUpdateResult


class GiteaResource:
    """`gitea.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        gitea_url: str,
        name: str,
        gitea_id: str | Unset = UNSET,
        gitea_internal_url: None | str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        git_provider_id: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        expires_at: float | Unset = UNSET,
        scopes: str | Unset = UNSET,
        last_authenticated_at: float | Unset = UNSET,
        gitea_username: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
    ) -> GiteaCreateResult:
        """`POST /gitea.create`"""
        from .gitea_create import sync

        return sync(
            gitea_url=gitea_url,
            name=name,
            gitea_id=gitea_id,
            gitea_internal_url=gitea_internal_url,
            redirect_uri=redirect_uri,
            client_id=client_id,
            client_secret=client_secret,
            git_provider_id=git_provider_id,
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            scopes=scopes,
            last_authenticated_at=last_authenticated_at,
            gitea_username=gitea_username,
            organization_name=organization_name,
            client=self._engine,
        )

    def get_gitea_branches(
        self,
        *,
        owner: str,
        repository_name: str,
        gitea_id: str | Unset = UNSET,
    ) -> list[GiteaGetGiteaBranchesItem]:
        """`GET /gitea.getGiteaBranches`"""
        from .gitea_get_gitea_branches import sync

        return sync(
            owner=owner,
            repository_name=repository_name,
            gitea_id=gitea_id,
            client=self._engine,
        )

    def get_gitea_repositories(
        self,
        *,
        gitea_id: str,
    ) -> list[GiteaGetGiteaRepositoriesItem]:
        """`GET /gitea.getGiteaRepositories`"""
        from .gitea_get_gitea_repositories import sync

        return sync(
            gitea_id=gitea_id,
            client=self._engine,
        )

    def get_gitea_url(
        self,
        *,
        gitea_id: str,
    ) -> str:
        """`GET /gitea.getGiteaUrl`"""
        from .gitea_get_gitea_url import sync

        return sync(
            gitea_id=gitea_id,
            client=self._engine,
        )

    def gitea_providers(
        self,
    ) -> list[GiteaGiteaProvidersItem]:
        """`GET /gitea.giteaProviders`"""
        from .gitea_gitea_providers import sync

        return sync(
            client=self._engine,
        )

    def one(
        self,
        *,
        gitea_id: str,
    ) -> Gitea:
        """`GET /gitea.one`"""
        from .gitea_one import sync

        return sync(
            gitea_id=gitea_id,
            client=self._engine,
        )

    def test_connection(
        self,
        *,
        gitea_id: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
    ) -> str:
        """`POST /gitea.testConnection`"""
        from .gitea_test_connection import sync

        return sync(
            gitea_id=gitea_id,
            organization_name=organization_name,
            client=self._engine,
        )

    def update(
        self,
        *,
        gitea_id: str,
        gitea_url: str,
        git_provider_id: str,
        name: str,
        gitea_internal_url: None | str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        expires_at: float | Unset = UNSET,
        scopes: str | Unset = UNSET,
        last_authenticated_at: float | Unset = UNSET,
        gitea_username: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
    ) -> GiteaUpdateResult:
        """`POST /gitea.update`"""
        from .gitea_update import sync

        return sync(
            gitea_id=gitea_id,
            gitea_url=gitea_url,
            git_provider_id=git_provider_id,
            name=name,
            gitea_internal_url=gitea_internal_url,
            redirect_uri=redirect_uri,
            client_id=client_id,
            client_secret=client_secret,
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            scopes=scopes,
            last_authenticated_at=last_authenticated_at,
            gitea_username=gitea_username,
            organization_name=organization_name,
            client=self._engine,
        )


class AsyncGiteaResource:
    """`gitea.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        gitea_url: str,
        name: str,
        gitea_id: str | Unset = UNSET,
        gitea_internal_url: None | str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        git_provider_id: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        expires_at: float | Unset = UNSET,
        scopes: str | Unset = UNSET,
        last_authenticated_at: float | Unset = UNSET,
        gitea_username: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
    ) -> GiteaCreateResult:
        """`POST /gitea.create`"""
        from .gitea_create import asyncio

        return await asyncio(
            gitea_url=gitea_url,
            name=name,
            gitea_id=gitea_id,
            gitea_internal_url=gitea_internal_url,
            redirect_uri=redirect_uri,
            client_id=client_id,
            client_secret=client_secret,
            git_provider_id=git_provider_id,
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            scopes=scopes,
            last_authenticated_at=last_authenticated_at,
            gitea_username=gitea_username,
            organization_name=organization_name,
            client=self._engine,
        )

    async def get_gitea_branches(
        self,
        *,
        owner: str,
        repository_name: str,
        gitea_id: str | Unset = UNSET,
    ) -> list[GiteaGetGiteaBranchesItem]:
        """`GET /gitea.getGiteaBranches`"""
        from .gitea_get_gitea_branches import asyncio

        return await asyncio(
            owner=owner,
            repository_name=repository_name,
            gitea_id=gitea_id,
            client=self._engine,
        )

    async def get_gitea_repositories(
        self,
        *,
        gitea_id: str,
    ) -> list[GiteaGetGiteaRepositoriesItem]:
        """`GET /gitea.getGiteaRepositories`"""
        from .gitea_get_gitea_repositories import asyncio

        return await asyncio(
            gitea_id=gitea_id,
            client=self._engine,
        )

    async def get_gitea_url(
        self,
        *,
        gitea_id: str,
    ) -> str:
        """`GET /gitea.getGiteaUrl`"""
        from .gitea_get_gitea_url import asyncio

        return await asyncio(
            gitea_id=gitea_id,
            client=self._engine,
        )

    async def gitea_providers(
        self,
    ) -> list[GiteaGiteaProvidersItem]:
        """`GET /gitea.giteaProviders`"""
        from .gitea_gitea_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def one(
        self,
        *,
        gitea_id: str,
    ) -> Gitea:
        """`GET /gitea.one`"""
        from .gitea_one import asyncio

        return await asyncio(
            gitea_id=gitea_id,
            client=self._engine,
        )

    async def test_connection(
        self,
        *,
        gitea_id: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
    ) -> str:
        """`POST /gitea.testConnection`"""
        from .gitea_test_connection import asyncio

        return await asyncio(
            gitea_id=gitea_id,
            organization_name=organization_name,
            client=self._engine,
        )

    async def update(
        self,
        *,
        gitea_id: str,
        gitea_url: str,
        git_provider_id: str,
        name: str,
        gitea_internal_url: None | str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        client_id: str | Unset = UNSET,
        client_secret: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        expires_at: float | Unset = UNSET,
        scopes: str | Unset = UNSET,
        last_authenticated_at: float | Unset = UNSET,
        gitea_username: str | Unset = UNSET,
        organization_name: str | Unset = UNSET,
    ) -> GiteaUpdateResult:
        """`POST /gitea.update`"""
        from .gitea_update import asyncio

        return await asyncio(
            gitea_id=gitea_id,
            gitea_url=gitea_url,
            git_provider_id=git_provider_id,
            name=name,
            gitea_internal_url=gitea_internal_url,
            redirect_uri=redirect_uri,
            client_id=client_id,
            client_secret=client_secret,
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            scopes=scopes,
            last_authenticated_at=last_authenticated_at,
            gitea_username=gitea_username,
            organization_name=organization_name,
            client=self._engine,
        )

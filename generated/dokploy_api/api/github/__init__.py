"""Operations of Dokploy's `github` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.github import Github
    from ...models.github_get_github_branches_item import GithubGetGithubBranchesItem
    from ...models.github_get_github_repositories_item import GithubGetGithubRepositoriesItem
    from ...models.github_github_providers_item import GithubGithubProvidersItem


class GithubResource:
    """`github.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def get_github_branches(
        self,
        *,
        repo: str,
        owner: str,
        github_id: str | Unset = UNSET,
    ) -> list[GithubGetGithubBranchesItem]:
        """`GET /github.getGithubBranches`"""
        from .github_get_github_branches import sync

        return sync(
            repo=repo,
            owner=owner,
            github_id=github_id,
            client=self._engine,
        )

    def get_github_repositories(
        self,
        *,
        github_id: str,
    ) -> list[GithubGetGithubRepositoriesItem]:
        """`GET /github.getGithubRepositories`"""
        from .github_get_github_repositories import sync

        return sync(
            github_id=github_id,
            client=self._engine,
        )

    def github_providers(
        self,
    ) -> list[GithubGithubProvidersItem]:
        """`GET /github.githubProviders`"""
        from .github_github_providers import sync

        return sync(
            client=self._engine,
        )

    def one(
        self,
        *,
        github_id: str,
    ) -> Github:
        """`GET /github.one`"""
        from .github_one import sync

        return sync(
            github_id=github_id,
            client=self._engine,
        )

    def test_connection(
        self,
        *,
        github_id: str,
    ) -> str:
        """`POST /github.testConnection`"""
        from .github_test_connection import sync

        return sync(
            github_id=github_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        github_id: str,
        name: str,
        git_provider_id: str,
        github_app_name: str,
    ) -> None:
        """`POST /github.update`"""
        from .github_update import sync

        return sync(
            github_id=github_id,
            name=name,
            git_provider_id=git_provider_id,
            github_app_name=github_app_name,
            client=self._engine,
        )


class AsyncGithubResource:
    """`github.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get_github_branches(
        self,
        *,
        repo: str,
        owner: str,
        github_id: str | Unset = UNSET,
    ) -> list[GithubGetGithubBranchesItem]:
        """`GET /github.getGithubBranches`"""
        from .github_get_github_branches import asyncio

        return await asyncio(
            repo=repo,
            owner=owner,
            github_id=github_id,
            client=self._engine,
        )

    async def get_github_repositories(
        self,
        *,
        github_id: str,
    ) -> list[GithubGetGithubRepositoriesItem]:
        """`GET /github.getGithubRepositories`"""
        from .github_get_github_repositories import asyncio

        return await asyncio(
            github_id=github_id,
            client=self._engine,
        )

    async def github_providers(
        self,
    ) -> list[GithubGithubProvidersItem]:
        """`GET /github.githubProviders`"""
        from .github_github_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def one(
        self,
        *,
        github_id: str,
    ) -> Github:
        """`GET /github.one`"""
        from .github_one import asyncio

        return await asyncio(
            github_id=github_id,
            client=self._engine,
        )

    async def test_connection(
        self,
        *,
        github_id: str,
    ) -> str:
        """`POST /github.testConnection`"""
        from .github_test_connection import asyncio

        return await asyncio(
            github_id=github_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        github_id: str,
        name: str,
        git_provider_id: str,
        github_app_name: str,
    ) -> None:
        """`POST /github.update`"""
        from .github_update import asyncio

        return await asyncio(
            github_id=github_id,
            name=name,
            git_provider_id=git_provider_id,
            github_app_name=github_app_name,
            client=self._engine,
        )

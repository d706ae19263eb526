"""Operations of Dokploy's `gitlab` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_get_gitea_branches_item import GiteaGetGiteaBranchesItem
    from ...models.gitlab import Gitlab
    from ...models.gitlab_get_gitlab_repositories_item import GitlabGetGitlabRepositoriesItem
    from ...models.gitlab_gitlab_providers_item import GitlabGitlabProvidersItem


class GitlabResource:
    """`gitlab.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        auth_id: str,
        name: str,
        gitlab_url: str,
        application_id: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        git_provider_id: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        gitlab_internal_url: None | str | Unset = UNSET,
    ) -> Gitlab:
        """`POST /gitlab.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["gitlab.create"]``).
        """
        from ...facts import FINDERS
        from .gitlab_create import sync

        return cast(
            "Gitlab",
            self._engine.create_and_find(
                FINDERS["gitlab.create"],
                lambda: sync(
                    auth_id=auth_id,
                    name=name,
                    gitlab_url=gitlab_url,
                    application_id=application_id,
                    secret=secret,
                    group_name=group_name,
                    git_provider_id=git_provider_id,
                    redirect_uri=redirect_uri,
                    gitlab_internal_url=gitlab_internal_url,
                    client=self._engine,
                ),
                {
                    "auth_id": auth_id,
                    "name": name,
                    "gitlab_url": gitlab_url,
                    "application_id": application_id,
                    "secret": secret,
                    "group_name": group_name,
                    "git_provider_id": git_provider_id,
                    "redirect_uri": redirect_uri,
                    "gitlab_internal_url": gitlab_internal_url,
                },
            ),
        )

    def get_gitlab_branches(
        self,
        *,
        id: float | Unset = UNSET,
        owner: str,
        repo: str,
        gitlab_id: str | Unset = UNSET,
    ) -> list[GiteaGetGiteaBranchesItem]:
        """`GET /gitlab.getGitlabBranches`"""
        from .gitlab_get_gitlab_branches import sync

        return sync(
            id=id,
            owner=owner,
            repo=repo,
            gitlab_id=gitlab_id,
            client=self._engine,
        )

    def get_gitlab_repositories(
        self,
        *,
        gitlab_id: str,
    ) -> list[GitlabGetGitlabRepositoriesItem]:
        """`GET /gitlab.getGitlabRepositories`"""
        from .gitlab_get_gitlab_repositories import sync

        return sync(
            gitlab_id=gitlab_id,
            client=self._engine,
        )

    def gitlab_providers(
        self,
    ) -> list[GitlabGitlabProvidersItem]:
        """`GET /gitlab.gitlabProviders`"""
        from .gitlab_gitlab_providers import sync

        return sync(
            client=self._engine,
        )

    def one(
        self,
        *,
        gitlab_id: str,
    ) -> Gitlab:
        """`GET /gitlab.one`"""
        from .gitlab_one import sync

        return sync(
            gitlab_id=gitlab_id,
            client=self._engine,
        )

    def test_connection(
        self,
        *,
        gitlab_id: str,
        group_name: str | Unset = UNSET,
    ) -> str:
        """`POST /gitlab.testConnection`"""
        from .gitlab_test_connection import sync

        return sync(
            gitlab_id=gitlab_id,
            group_name=group_name,
            client=self._engine,
        )

    def update(
        self,
        *,
        name: str,
        gitlab_id: str,
        gitlab_url: str,
        git_provider_id: str,
        application_id: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        gitlab_internal_url: None | str | Unset = UNSET,
    ) -> None:
        """`POST /gitlab.update`"""
        from .gitlab_update import sync

        return sync(
            name=name,
            gitlab_id=gitlab_id,
            gitlab_url=gitlab_url,
            git_provider_id=git_provider_id,
            application_id=application_id,
            secret=secret,
            group_name=group_name,
            redirect_uri=redirect_uri,
            gitlab_internal_url=gitlab_internal_url,
            client=self._engine,
        )


class AsyncGitlabResource:
    """`gitlab.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        auth_id: str,
        name: str,
        gitlab_url: str,
        application_id: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        git_provider_id: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        gitlab_internal_url: None | str | Unset = UNSET,
    ) -> Gitlab:
        """`POST /gitlab.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["gitlab.create"]``).
        """
        from ...facts import FINDERS
        from .gitlab_create import asyncio

        return cast(
            "Gitlab",
            await self._engine.create_and_find(
                FINDERS["gitlab.create"],
                lambda: asyncio(
                    auth_id=auth_id,
                    name=name,
                    gitlab_url=gitlab_url,
                    application_id=application_id,
                    secret=secret,
                    group_name=group_name,
                    git_provider_id=git_provider_id,
                    redirect_uri=redirect_uri,
                    gitlab_internal_url=gitlab_internal_url,
                    client=self._engine,
                ),
                {
                    "auth_id": auth_id,
                    "name": name,
                    "gitlab_url": gitlab_url,
                    "application_id": application_id,
                    "secret": secret,
                    "group_name": group_name,
                    "git_provider_id": git_provider_id,
                    "redirect_uri": redirect_uri,
                    "gitlab_internal_url": gitlab_internal_url,
                },
            ),
        )

    async def get_gitlab_branches(
        self,
        *,
        id: float | Unset = UNSET,
        owner: str,
        repo: str,
        gitlab_id: str | Unset = UNSET,
    ) -> list[GiteaGetGiteaBranchesItem]:
        """`GET /gitlab.getGitlabBranches`"""
        from .gitlab_get_gitlab_branches import asyncio

        return await asyncio(
            id=id,
            owner=owner,
            repo=repo,
            gitlab_id=gitlab_id,
            client=self._engine,
        )

    async def get_gitlab_repositories(
        self,
        *,
        gitlab_id: str,
    ) -> list[GitlabGetGitlabRepositoriesItem]:
        """`GET /gitlab.getGitlabRepositories`"""
        from .gitlab_get_gitlab_repositories import asyncio

        return await asyncio(
            gitlab_id=gitlab_id,
            client=self._engine,
        )

    async def gitlab_providers(
        self,
    ) -> list[GitlabGitlabProvidersItem]:
        """`GET /gitlab.gitlabProviders`"""
        from .gitlab_gitlab_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def one(
        self,
        *,
        gitlab_id: str,
    ) -> Gitlab:
        """`GET /gitlab.one`"""
        from .gitlab_one import asyncio

        return await asyncio(
            gitlab_id=gitlab_id,
            client=self._engine,
        )

    async def test_connection(
        self,
        *,
        gitlab_id: str,
        group_name: str | Unset = UNSET,
    ) -> str:
        """`POST /gitlab.testConnection`"""
        from .gitlab_test_connection import asyncio

        return await asyncio(
            gitlab_id=gitlab_id,
            group_name=group_name,
            client=self._engine,
        )

    async def update(
        self,
        *,
        name: str,
        gitlab_id: str,
        gitlab_url: str,
        git_provider_id: str,
        application_id: str | Unset = UNSET,
        secret: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
        redirect_uri: str | Unset = UNSET,
        gitlab_internal_url: None | str | Unset = UNSET,
    ) -> None:
        """`POST /gitlab.update`"""
        from .gitlab_update import asyncio

        return await asyncio(
            name=name,
            gitlab_id=gitlab_id,
            gitlab_url=gitlab_url,
            git_provider_id=git_provider_id,
            application_id=application_id,
            secret=secret,
            group_name=group_name,
            redirect_uri=redirect_uri,
            gitlab_internal_url=gitlab_internal_url,
            client=self._engine,
        )

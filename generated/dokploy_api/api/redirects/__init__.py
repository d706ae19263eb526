"""Operations of Dokploy's `redirects` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.redirect import Redirect


class RedirectsResource:
    """`redirects.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        regex: str,
        replacement: str,
        permanent: bool,
        application_id: str,
    ) -> Redirect:
        """`POST /redirects.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["redirects.create"]``).
        """
        from ...facts import FINDERS
        from .redirects_create import sync

        return cast(
            "Redirect",
            self._engine.create_and_find(
                FINDERS["redirects.create"],
                lambda: sync(
                    regex=regex,
                    replacement=replacement,
                    permanent=permanent,
                    application_id=application_id,
                    client=self._engine,
                ),
                {
                    "regex": regex,
                    "replacement": replacement,
                    "permanent": permanent,
                    "application_id": application_id,
                },
            ),
        )

    def delete(
        self,
        *,
        redirect_id: str,
    ) -> Redirect:
        """`POST /redirects.delete`"""
        from .redirects_delete import sync

        return sync(
            redirect_id=redirect_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        redirect_id: str,
    ) -> Redirect:
        """`GET /redirects.one`"""
        from .redirects_one import sync

        return sync(
            redirect_id=redirect_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        redirect_id: str,
        regex: str,
        replacement: str,
        permanent: bool,
    ) -> Redirect:
        """`POST /redirects.update`"""
        from .redirects_update import sync

        return sync(
            redirect_id=redirect_id,
            regex=regex,
            replacement=replacement,
            permanent=permanent,
            client=self._engine,
        )


class AsyncRedirectsResource:
    """`redirects.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        regex: str,
        replacement: str,
        permanent: bool,
        application_id: str,
    ) -> Redirect:
        """`POST /redirects.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["redirects.create"]``).
        """
        from ...facts import FINDERS
        from .redirects_create import asyncio

        return cast(
            "Redirect",
            await self._engine.create_and_find(
                FINDERS["redirects.create"],
                lambda: asyncio(
                    regex=regex,
                    replacement=replacement,
                    permanent=permanent,
                    application_id=application_id,
                    client=self._engine,
                ),
                {
                    "regex": regex,
                    "replacement": replacement,
                    "permanent": permanent,
                    "application_id": application_id,
                },
            ),
        )

    async def delete(
        self,
        *,
        redirect_id: str,
    ) -> Redirect:
        """`POST /redirects.delete`"""
        from .redirects_delete import asyncio

        return await asyncio(
            redirect_id=redirect_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        redirect_id: str,
    ) -> Redirect:
        """`GET /redirects.one`"""
        from .redirects_one import asyncio

        return await asyncio(
            redirect_id=redirect_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        redirect_id: str,
        regex: str,
        replacement: str,
        permanent: bool,
    ) -> Redirect:
        """`POST /redirects.update`"""
        from .redirects_update import asyncio

        return await asyncio(
            redirect_id=redirect_id,
            regex=regex,
            replacement=replacement,
            permanent=permanent,
            client=self._engine,
        )

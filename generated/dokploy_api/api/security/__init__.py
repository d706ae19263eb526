"""Operations of Dokploy's `security` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.security import Security


class SecurityResource:
    """`security.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        application_id: str,
        username: str,
        password: str,
    ) -> Security:
        """`POST /security.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["security.create"]``).
        """
        from ...facts import FINDERS
        from .security_create import sync

        return cast(
            "Security",
            self._engine.create_and_find(
                FINDERS["security.create"],
                lambda: sync(
                    application_id=application_id,
                    username=username,
                    password=password,
                    client=self._engine,
                ),
                {
                    "application_id": application_id,
                    "username": username,
                    "password": password,
                },
            ),
        )

    def delete(
        self,
        *,
        security_id: str,
    ) -> Security:
        """`POST /security.delete`"""
        from .security_delete import sync

        return sync(
            security_id=security_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        security_id: str,
    ) -> Security:
        """`GET /security.one`"""
        from .security_one import sync

        return sync(
            security_id=security_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        security_id: str,
        username: str,
        password: str,
    ) -> None:
        """`POST /security.update`"""
        from .security_update import sync

        return sync(
            security_id=security_id,
            username=username,
            password=password,
            client=self._engine,
        )


class AsyncSecurityResource:
    """`security.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        application_id: str,
        username: str,
        password: str,
    ) -> Security:
        """`POST /security.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["security.create"]``).
        """
        from ...facts import FINDERS
        from .security_create import asyncio

        return cast(
            "Security",
            await self._engine.create_and_find(
                FINDERS["security.create"],
                lambda: asyncio(
                    application_id=application_id,
                    username=username,
                    password=password,
                    client=self._engine,
                ),
                {
                    "application_id": application_id,
                    "username": username,
                    "password": password,
                },
            ),
        )

    async def delete(
        self,
        *,
        security_id: str,
    ) -> Security:
        """`POST /security.delete`"""
        from .security_delete import asyncio

        return await asyncio(
            security_id=security_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        security_id: str,
    ) -> Security:
        """`GET /security.one`"""
        from .security_one import asyncio

        return await asyncio(
            security_id=security_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        security_id: str,
        username: str,
        password: str,
    ) -> None:
        """`POST /security.update`"""
        from .security_update import asyncio

        return await asyncio(
            security_id=security_id,
            username=username,
            password=password,
            client=self._engine,
        )

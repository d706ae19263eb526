"""Operations of Dokploy's `whitelabeling` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_update_result import GiteaUpdateResult
    from ...models.whitelabeling_get_public_result import WhitelabelingGetPublicResult
    from ...models.whitelabeling_get_result import WhitelabelingGetResult
    from ...models.whitelabeling_update_body_whitelabeling_config import WhitelabelingUpdateBodyWhitelabelingConfig


class WhitelabelingResource:
    """`whitelabeling.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def get(
        self,
    ) -> None | WhitelabelingGetResult:
        """`GET /whitelabeling.get`"""
        from .whitelabeling_get import sync

        return sync(
            client=self._engine,
        )

    def get_public(
        self,
    ) -> None | WhitelabelingGetPublicResult:
        """`GET /whitelabeling.getPublic`"""
        from .whitelabeling_get_public import sync

        return sync(
            client=self._engine,
        )

    def reset(
        self,
    ) -> GiteaUpdateResult:
        """`POST /whitelabeling.reset`"""
        from .whitelabeling_reset import sync

        return sync(
            client=self._engine,
        )

    def update(
        self,
        *,
        whitelabeling_config: WhitelabelingUpdateBodyWhitelabelingConfig,
    ) -> GiteaUpdateResult:
        """`POST /whitelabeling.update`"""
        from .whitelabeling_update import sync

        return sync(
            whitelabeling_config=whitelabeling_config,
            client=self._engine,
        )


class AsyncWhitelabelingResource:
    """`whitelabeling.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(
        self,
    ) -> None | WhitelabelingGetResult:
        """`GET /whitelabeling.get`"""
        from .whitelabeling_get import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_public(
        self,
    ) -> None | WhitelabelingGetPublicResult:
        """`GET /whitelabeling.getPublic`"""
        from .whitelabeling_get_public import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def reset(
        self,
    ) -> GiteaUpdateResult:
        """`POST /whitelabeling.reset`"""
        from .whitelabeling_reset import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def update(
        self,
        *,
        whitelabeling_config: WhitelabelingUpdateBodyWhitelabelingConfig,
    ) -> GiteaUpdateResult:
        """`POST /whitelabeling.update`"""
        from .whitelabeling_update import asyncio

        return await asyncio(
            whitelabeling_config=whitelabeling_config,
            client=self._engine,
        )

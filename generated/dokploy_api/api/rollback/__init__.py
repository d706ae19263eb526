"""Operations of Dokploy's `rollback` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.rollback_delete_result import RollbackDeleteResult


class RollbackResource:
    """`rollback.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def delete(
        self,
        *,
        rollback_id: str,
    ) -> RollbackDeleteResult:
        """`POST /rollback.delete`"""
        from .rollback_delete import sync

        return sync(
            rollback_id=rollback_id,
            client=self._engine,
        )

    def rollback(
        self,
        *,
        rollback_id: str,
    ) -> None:
        """`POST /rollback.rollback`"""
        from .rollback_rollback import sync

        return sync(
            rollback_id=rollback_id,
            client=self._engine,
        )


class AsyncRollbackResource:
    """`rollback.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def delete(
        self,
        *,
        rollback_id: str,
    ) -> RollbackDeleteResult:
        """`POST /rollback.delete`"""
        from .rollback_delete import asyncio

        return await asyncio(
            rollback_id=rollback_id,
            client=self._engine,
        )

    async def rollback(
        self,
        *,
        rollback_id: str,
    ) -> None:
        """`POST /rollback.rollback`"""
        from .rollback_rollback import asyncio

        return await asyncio(
            rollback_id=rollback_id,
            client=self._engine,
        )

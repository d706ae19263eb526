"""Operations of Dokploy's `audit_log` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.audit_log_all_action import AuditLogAllAction
    from ...models.audit_log_all_resource_type import AuditLogAllResourceType
    from ...models.audit_log_all_result import AuditLogAllResult


class AuditLogResource:
    """`audit_log.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
        *,
        user_id: str | Unset = UNSET,
        user_email: str | Unset = UNSET,
        resource_name: str | Unset = UNSET,
        action: AuditLogAllAction | Unset = UNSET,
        resource_type: AuditLogAllResourceType | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        limit: float | Unset = 50.0,
        offset: float | Unset = 0.0,
    ) -> AuditLogAllResult:
        """`GET /auditLog.all`"""
        from .audit_log_all import sync

        return sync(
            user_id=user_id,
            user_email=user_email,
            resource_name=resource_name,
            action=action,
            resource_type=resource_type,
            from_=from_,
            to=to,
            limit=limit,
            offset=offset,
            client=self._engine,
        )


class AsyncAuditLogResource:
    """`audit_log.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
        *,
        user_id: str | Unset = UNSET,
        user_email: str | Unset = UNSET,
        resource_name: str | Unset = UNSET,
        action: AuditLogAllAction | Unset = UNSET,
        resource_type: AuditLogAllResourceType | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        limit: float | Unset = 50.0,
        offset: float | Unset = 0.0,
    ) -> AuditLogAllResult:
        """`GET /auditLog.all`"""
        from .audit_log_all import asyncio

        return await asyncio(
            user_id=user_id,
            user_email=user_email,
            resource_name=resource_name,
            action=action,
            resource_type=resource_type,
            from_=from_,
            to=to,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

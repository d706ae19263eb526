"""Operations of Dokploy's `custom_role` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.custom_role_all_item import CustomRoleAllItem
    from ...models.custom_role_create_result import CustomRoleCreateResult
    from ...models.custom_role_get_statements_result import CustomRoleGetStatementsResult
    from ...models.custom_role_members_by_role_item import CustomRoleMembersByRoleItem
    from ...models.custom_role_remove_result import CustomRoleRemoveResult
    from ...models.permissions import Permissions


class CustomRoleResource:
    """`custom_role.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[CustomRoleAllItem]:
        """`GET /customRole.all`"""
        from .custom_role_all import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        role_name: str,
        permissions: Permissions,
    ) -> CustomRoleCreateResult | None:
        """`POST /customRole.create`"""
        from .custom_role_create import sync

        return sync(
            role_name=role_name,
            permissions=permissions,
            client=self._engine,
        )

    def get_statements(
        self,
    ) -> CustomRoleGetStatementsResult:
        """`GET /customRole.getStatements`"""
        from .custom_role_get_statements import sync

        return sync(
            client=self._engine,
        )

    def members_by_role(
        self,
        *,
        role_name: str,
    ) -> list[CustomRoleMembersByRoleItem]:
        """`GET /customRole.membersByRole`"""
        from .custom_role_members_by_role import sync

        return sync(
            role_name=role_name,
            client=self._engine,
        )

    def remove(
        self,
        *,
        role_name: str,
    ) -> CustomRoleRemoveResult:
        """`POST /customRole.remove`"""
        from .custom_role_remove import sync

        return sync(
            role_name=role_name,
            client=self._engine,
        )

    def update(
        self,
        *,
        role_name: str,
        permissions: Permissions,
        new_role_name: str | Unset = UNSET,
    ) -> CustomRoleCreateResult | None:
        """`POST /customRole.update`"""
        from .custom_role_update import sync

        return sync(
            role_name=role_name,
            permissions=permissions,
            new_role_name=new_role_name,
            client=self._engine,
        )


class AsyncCustomRoleResource:
    """`custom_role.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[CustomRoleAllItem]:
        """`GET /customRole.all`"""
        from .custom_role_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        role_name: str,
        permissions: Permissions,
    ) -> CustomRoleCreateResult | None:
        """`POST /customRole.create`"""
        from .custom_role_create import asyncio

        return await asyncio(
            role_name=role_name,
            permissions=permissions,
            client=self._engine,
        )

    async def get_statements(
        self,
    ) -> CustomRoleGetStatementsResult:
        """`GET /customRole.getStatements`"""
        from .custom_role_get_statements import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def members_by_role(
        self,
        *,
        role_name: str,
    ) -> list[CustomRoleMembersByRoleItem]:
        """`GET /customRole.membersByRole`"""
        from .custom_role_members_by_role import asyncio

        return await asyncio(
            role_name=role_name,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        role_name: str,
    ) -> CustomRoleRemoveResult:
        """`POST /customRole.remove`"""
        from .custom_role_remove import asyncio

        return await asyncio(
            role_name=role_name,
            client=self._engine,
        )

    async def update(
        self,
        *,
        role_name: str,
        permissions: Permissions,
        new_role_name: str | Unset = UNSET,
    ) -> CustomRoleCreateResult | None:
        """`POST /customRole.update`"""
        from .custom_role_update import asyncio

        return await asyncio(
            role_name=role_name,
            permissions=permissions,
            new_role_name=new_role_name,
            client=self._engine,
        )

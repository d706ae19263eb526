"""Operations of Dokploy's `organization` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_update_result import GiteaUpdateResult
    from ...models.organization import Organization
    from ...models.organization_all_invitations_item import OrganizationAllInvitationsItem
    from ...models.organization_all_item import OrganizationAllItem


class OrganizationResource:
    """`organization.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def active(
        self,
    ) -> None | Organization:
        """`GET /organization.active`"""
        from .organization_active import sync

        return sync(
            client=self._engine,
        )

    def all(
        self,
    ) -> list[OrganizationAllItem]:
        """`GET /organization.all`"""
        from .organization_all import sync

        return sync(
            client=self._engine,
        )

    def all_invitations(
        self,
    ) -> list[OrganizationAllInvitationsItem]:
        """`GET /organization.allInvitations`"""
        from .organization_all_invitations import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        logo: str | Unset = UNSET,
    ) -> Organization:
        """`POST /organization.create`"""
        from .organization_create import sync

        return sync(
            name=name,
            logo=logo,
            client=self._engine,
        )

    def delete(
        self,
        *,
        organization_id: str,
    ) -> list[Any]:
        """`POST /organization.delete`"""
        from .organization_delete import sync

        return sync(
            organization_id=organization_id,
            client=self._engine,
        )

    def invite_member(
        self,
        *,
        email: str,
        role: str,
    ) -> None | OrganizationAllInvitationsItem:
        """`POST /organization.inviteMember`"""
        from .organization_invite_member import sync

        return sync(
            email=email,
            role=role,
            client=self._engine,
        )

    def one(
        self,
        *,
        organization_id: str,
    ) -> None | Organization:
        """`GET /organization.one`"""
        from .organization_one import sync

        return sync(
            organization_id=organization_id,
            client=self._engine,
        )

    def remove_invitation(
        self,
        *,
        invitation_id: str,
    ) -> list[Any]:
        """`POST /organization.removeInvitation`"""
        from .organization_remove_invitation import sync

        return sync(
            invitation_id=invitation_id,
            client=self._engine,
        )

    def set_default(
        self,
        *,
        organization_id: str,
    ) -> GiteaUpdateResult:
        """`POST /organization.setDefault`"""
        from .organization_set_default import sync

        return sync(
            organization_id=organization_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        organization_id: str,
        name: str,
        logo: str | Unset = UNSET,
        default_role: None | str | Unset = UNSET,
    ) -> None | Organization:
        """`POST /organization.update`"""
        from .organization_update import sync

        return sync(
            organization_id=organization_id,
            name=name,
            logo=logo,
            default_role=default_role,
            client=self._engine,
        )

    def update_member_role(
        self,
        *,
        member_id: str,
        role: str,
    ) -> bool:
        """`POST /organization.updateMemberRole`"""
        from .organization_update_member_role import sync

        return sync(
            member_id=member_id,
            role=role,
            client=self._engine,
        )


class AsyncOrganizationResource:
    """`organization.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def active(
        self,
    ) -> None | Organization:
        """`GET /organization.active`"""
        from .organization_active import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def all(
        self,
    ) -> list[OrganizationAllItem]:
        """`GET /organization.all`"""
        from .organization_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def all_invitations(
        self,
    ) -> list[OrganizationAllInvitationsItem]:
        """`GET /organization.allInvitations`"""
        from .organization_all_invitations import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        logo: str | Unset = UNSET,
    ) -> Organization:
        """`POST /organization.create`"""
        from .organization_create import asyncio

        return await asyncio(
            name=name,
            logo=logo,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        organization_id: str,
    ) -> list[Any]:
        """`POST /organization.delete`"""
        from .organization_delete import asyncio

        return await asyncio(
            organization_id=organization_id,
            client=self._engine,
        )

    async def invite_member(
        self,
        *,
        email: str,
        role: str,
    ) -> None | OrganizationAllInvitationsItem:
        """`POST /organization.inviteMember`"""
        from .organization_invite_member import asyncio

        return await asyncio(
            email=email,
            role=role,
            client=self._engine,
        )

    async def one(
        self,
        *,
        organization_id: str,
    ) -> None | Organization:
        """`GET /organization.one`"""
        from .organization_one import asyncio

        return await asyncio(
            organization_id=organization_id,
            client=self._engine,
        )

    async def remove_invitation(
        self,
        *,
        invitation_id: str,
    ) -> list[Any]:
        """`POST /organization.removeInvitation`"""
        from .organization_remove_invitation import asyncio

        return await asyncio(
            invitation_id=invitation_id,
            client=self._engine,
        )

    async def set_default(
        self,
        *,
        organization_id: str,
    ) -> GiteaUpdateResult:
        """`POST /organization.setDefault`"""
        from .organization_set_default import asyncio

        return await asyncio(
            organization_id=organization_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        organization_id: str,
        name: str,
        logo: str | Unset = UNSET,
        default_role: None | str | Unset = UNSET,
    ) -> None | Organization:
        """`POST /organization.update`"""
        from .organization_update import asyncio

        return await asyncio(
            organization_id=organization_id,
            name=name,
            logo=logo,
            default_role=default_role,
            client=self._engine,
        )

    async def update_member_role(
        self,
        *,
        member_id: str,
        role: str,
    ) -> bool:
        """`POST /organization.updateMemberRole`"""
        from .organization_update_member_role import asyncio

        return await asyncio(
            member_id=member_id,
            role=role,
            client=self._engine,
        )

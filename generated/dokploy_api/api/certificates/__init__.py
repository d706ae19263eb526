"""Operations of Dokploy's `certificates` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.certificate import Certificate
    from ...models.certificates_all_item import CertificatesAllItem


class CertificatesResource:
    """`certificates.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[CertificatesAllItem]:
        """`GET /certificates.all`"""
        from .certificates_all import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        certificate_data: str,
        private_key: str,
        organization_id: str,
        certificate_id: str | Unset = UNSET,
        certificate_path: str | Unset = UNSET,
        auto_renew: bool | None | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
    ) -> Certificate:
        """`POST /certificates.create`"""
        from .certificates_create import sync

        return sync(
            name=name,
            certificate_data=certificate_data,
            private_key=private_key,
            organization_id=organization_id,
            certificate_id=certificate_id,
            certificate_path=certificate_path,
            auto_renew=auto_renew,
            server_id=server_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        certificate_id: str,
    ) -> Certificate:
        """`GET /certificates.one`"""
        from .certificates_one import sync

        return sync(
            certificate_id=certificate_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        certificate_id: str,
    ) -> bool:
        """`POST /certificates.remove`"""
        from .certificates_remove import sync

        return sync(
            certificate_id=certificate_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        certificate_id: str,
        name: str | Unset = UNSET,
        certificate_data: str | Unset = UNSET,
        private_key: str | Unset = UNSET,
    ) -> Certificate:
        """`POST /certificates.update`"""
        from .certificates_update import sync

        return sync(
            certificate_id=certificate_id,
            name=name,
            certificate_data=certificate_data,
            private_key=private_key,
            client=self._engine,
        )


class AsyncCertificatesResource:
    """`certificates.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[CertificatesAllItem]:
        """`GET /certificates.all`"""
        from .certificates_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        certificate_data: str,
        private_key: str,
        organization_id: str,
        certificate_id: str | Unset = UNSET,
        certificate_path: str | Unset = UNSET,
        auto_renew: bool | None | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
    ) -> Certificate:
        """`POST /certificates.create`"""
        from .certificates_create import asyncio

        return await asyncio(
            name=name,
            certificate_data=certificate_data,
            private_key=private_key,
            organization_id=organization_id,
            certificate_id=certificate_id,
            certificate_path=certificate_path,
            auto_renew=auto_renew,
            server_id=server_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        certificate_id: str,
    ) -> Certificate:
        """`GET /certificates.one`"""
        from .certificates_one import asyncio

        return await asyncio(
            certificate_id=certificate_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        certificate_id: str,
    ) -> bool:
        """`POST /certificates.remove`"""
        from .certificates_remove import asyncio

        return await asyncio(
            certificate_id=certificate_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        certificate_id: str,
        name: str | Unset = UNSET,
        certificate_data: str | Unset = UNSET,
        private_key: str | Unset = UNSET,
    ) -> Certificate:
        """`POST /certificates.update`"""
        from .certificates_update import asyncio

        return await asyncio(
            certificate_id=certificate_id,
            name=name,
            certificate_data=certificate_data,
            private_key=private_key,
            client=self._engine,
        )

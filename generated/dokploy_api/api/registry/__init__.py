"""Operations of Dokploy's `registry` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.registry import Registry
    from ...models.registry_all_item import RegistryAllItem
    from ...models.registry_create_body_registry_type import RegistryCreateBodyRegistryType
    from ...models.registry_test_registry_body_registry_type import RegistryTestRegistryBodyRegistryType
    from ...models.registry_update_body_registry_type import RegistryUpdateBodyRegistryType


class RegistryResource:
    """`registry.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[RegistryAllItem]:
        """`GET /registry.all`"""
        from .registry_all import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        registry_name: str,
        username: str,
        password: str,
        registry_url: str,
        registry_type: RegistryCreateBodyRegistryType,
        image_prefix: None | str,
        server_id: str | Unset = UNSET,
    ) -> RegistryAllItem:
        """`POST /registry.create`"""
        from .registry_create import sync

        return sync(
            registry_name=registry_name,
            username=username,
            password=password,
            registry_url=registry_url,
            registry_type=registry_type,
            image_prefix=image_prefix,
            server_id=server_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        registry_id: str,
    ) -> Registry:
        """`GET /registry.one`"""
        from .registry_one import sync

        return sync(
            registry_id=registry_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        registry_id: str,
    ) -> RegistryAllItem:
        """`POST /registry.remove`"""
        from .registry_remove import sync

        return sync(
            registry_id=registry_id,
            client=self._engine,
        )

    def test_registry(
        self,
        *,
        username: str,
        password: str,
        registry_url: str,
        registry_type: RegistryTestRegistryBodyRegistryType,
        registry_name: str | Unset = UNSET,
        image_prefix: None | str | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /registry.testRegistry`"""
        from .registry_test_registry import sync

        return sync(
            username=username,
            password=password,
            registry_url=registry_url,
            registry_type=registry_type,
            registry_name=registry_name,
            image_prefix=image_prefix,
            server_id=server_id,
            client=self._engine,
        )

    def test_registry_by_id(
        self,
        *,
        registry_id: str | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /registry.testRegistryById`"""
        from .registry_test_registry_by_id import sync

        return sync(
            registry_id=registry_id,
            server_id=server_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        registry_id: str,
        registry_name: str | Unset = UNSET,
        image_prefix: None | str | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        registry_url: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        registry_type: RegistryUpdateBodyRegistryType | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /registry.update`"""
        from .registry_update import sync

        return sync(
            registry_id=registry_id,
            registry_name=registry_name,
            image_prefix=image_prefix,
            username=username,
            password=password,
            registry_url=registry_url,
            created_at=created_at,
            registry_type=registry_type,
            organization_id=organization_id,
            server_id=server_id,
            client=self._engine,
        )


class AsyncRegistryResource:
    """`registry.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[RegistryAllItem]:
        """`GET /registry.all`"""
        from .registry_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        registry_name: str,
        username: str,
        password: str,
        registry_url: str,
        registry_type: RegistryCreateBodyRegistryType,
        image_prefix: None | str,
        server_id: str | Unset = UNSET,
    ) -> RegistryAllItem:
        """`POST /registry.create`"""
        from .registry_create import asyncio

        return await asyncio(
            registry_name=registry_name,
            username=username,
            password=password,
            registry_url=registry_url,
            registry_type=registry_type,
            image_prefix=image_prefix,
            server_id=server_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        registry_id: str,
    ) -> Registry:
        """`GET /registry.one`"""
        from .registry_one import asyncio

        return await asyncio(
            registry_id=registry_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        registry_id: str,
    ) -> RegistryAllItem:
        """`POST /registry.remove`"""
        from .registry_remove import asyncio

        return await asyncio(
            registry_id=registry_id,
            client=self._engine,
        )

    async def test_registry(
        self,
        *,
        username: str,
        password: str,
        registry_url: str,
        registry_type: RegistryTestRegistryBodyRegistryType,
        registry_name: str | Unset = UNSET,
        image_prefix: None | str | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /registry.testRegistry`"""
        from .registry_test_registry import asyncio

        return await asyncio(
            username=username,
            password=password,
            registry_url=registry_url,
            registry_type=registry_type,
            registry_name=registry_name,
            image_prefix=image_prefix,
            server_id=server_id,
            client=self._engine,
        )

    async def test_registry_by_id(
        self,
        *,
        registry_id: str | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /registry.testRegistryById`"""
        from .registry_test_registry_by_id import asyncio

        return await asyncio(
            registry_id=registry_id,
            server_id=server_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        registry_id: str,
        registry_name: str | Unset = UNSET,
        image_prefix: None | str | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        registry_url: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        registry_type: RegistryUpdateBodyRegistryType | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /registry.update`"""
        from .registry_update import asyncio

        return await asyncio(
            registry_id=registry_id,
            registry_name=registry_name,
            image_prefix=image_prefix,
            username=username,
            password=password,
            registry_url=registry_url,
            created_at=created_at,
            registry_type=registry_type,
            organization_id=organization_id,
            server_id=server_id,
            client=self._engine,
        )

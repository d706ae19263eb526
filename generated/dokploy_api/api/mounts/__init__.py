"""Operations of Dokploy's `mounts` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_load_mounts_by_service_item import ComposeLoadMountsByServiceItem
    from ...models.mount import Mount
    from ...models.mounts_create_body_service_type import MountsCreateBodyServiceType
    from ...models.mounts_create_body_type import MountsCreateBodyType
    from ...models.mounts_create_result import MountsCreateResult
    from ...models.mounts_update_body_service_type import MountsUpdateBodyServiceType
    from ...models.mounts_update_body_type import MountsUpdateBodyType


class MountsResource:
    """`mounts.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all_named_by_application_id(
        self,
        *,
        application_id: str,
    ) -> list[ComposeLoadMountsByServiceItem] | None:
        """`GET /mounts.allNamedByApplicationId`"""
        from .mounts_all_named_by_application_id import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def create(
        self,
        *,
        type_: MountsCreateBodyType,
        mount_path: str,
        service_id: str,
        host_path: None | str | Unset = UNSET,
        volume_name: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        file_path: None | str | Unset = UNSET,
        service_type: MountsCreateBodyServiceType | Unset = UNSET,
    ) -> MountsCreateResult:
        """`POST /mounts.create`"""
        from .mounts_create import sync

        return sync(
            type_=type_,
            mount_path=mount_path,
            service_id=service_id,
            host_path=host_path,
            volume_name=volume_name,
            content=content,
            file_path=file_path,
            service_type=service_type,
            client=self._engine,
        )

    def list_by_service_id(
        self,
        *,
        service_type: str,
        service_id: str,
    ) -> list[MountsCreateResult]:
        """`GET /mounts.listByServiceId`"""
        from .mounts_list_by_service_id import sync

        return sync(
            service_type=service_type,
            service_id=service_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        mount_id: str,
    ) -> Mount:
        """`GET /mounts.one`"""
        from .mounts_one import sync

        return sync(
            mount_id=mount_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        mount_id: str,
    ) -> MountsCreateResult | None:
        """`POST /mounts.remove`"""
        from .mounts_remove import sync

        return sync(
            mount_id=mount_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        mount_id: str,
        type_: MountsUpdateBodyType | Unset = UNSET,
        host_path: None | str | Unset = UNSET,
        volume_name: None | str | Unset = UNSET,
        file_path: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        service_type: MountsUpdateBodyServiceType | Unset = UNSET,
        mount_path: str | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        libsql_id: None | str | Unset = UNSET,
        mariadb_id: None | str | Unset = UNSET,
        mongo_id: None | str | Unset = UNSET,
        mysql_id: None | str | Unset = UNSET,
        postgres_id: None | str | Unset = UNSET,
        redis_id: None | str | Unset = UNSET,
    ) -> Mount:
        """`POST /mounts.update`"""
        from .mounts_update import sync

        return sync(
            mount_id=mount_id,
            type_=type_,
            host_path=host_path,
            volume_name=volume_name,
            file_path=file_path,
            content=content,
            service_type=service_type,
            mount_path=mount_path,
            application_id=application_id,
            compose_id=compose_id,
            libsql_id=libsql_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            postgres_id=postgres_id,
            redis_id=redis_id,
            client=self._engine,
        )


class AsyncMountsResource:
    """`mounts.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all_named_by_application_id(
        self,
        *,
        application_id: str,
    ) -> list[ComposeLoadMountsByServiceItem] | None:
        """`GET /mounts.allNamedByApplicationId`"""
        from .mounts_all_named_by_application_id import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def create(
        self,
        *,
        type_: MountsCreateBodyType,
        mount_path: str,
        service_id: str,
        host_path: None | str | Unset = UNSET,
        volume_name: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        file_path: None | str | Unset = UNSET,
        service_type: MountsCreateBodyServiceType | Unset = UNSET,
    ) -> MountsCreateResult:
        """`POST /mounts.create`"""
        from .mounts_create import asyncio

        return await asyncio(
            type_=type_,
            mount_path=mount_path,
            service_id=service_id,
            host_path=host_path,
            volume_name=volume_name,
            content=content,
            file_path=file_path,
            service_type=service_type,
            client=self._engine,
        )

    async def list_by_service_id(
        self,
        *,
        service_type: str,
        service_id: str,
    ) -> list[MountsCreateResult]:
        """`GET /mounts.listByServiceId`"""
        from .mounts_list_by_service_id import asyncio

        return await asyncio(
            service_type=service_type,
            service_id=service_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        mount_id: str,
    ) -> Mount:
        """`GET /mounts.one`"""
        from .mounts_one import asyncio

        return await asyncio(
            mount_id=mount_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        mount_id: str,
    ) -> MountsCreateResult | None:
        """`POST /mounts.remove`"""
        from .mounts_remove import asyncio

        return await asyncio(
            mount_id=mount_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        mount_id: str,
        type_: MountsUpdateBodyType | Unset = UNSET,
        host_path: None | str | Unset = UNSET,
        volume_name: None | str | Unset = UNSET,
        file_path: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        service_type: MountsUpdateBodyServiceType | Unset = UNSET,
        mount_path: str | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        libsql_id: None | str | Unset = UNSET,
        mariadb_id: None | str | Unset = UNSET,
        mongo_id: None | str | Unset = UNSET,
        mysql_id: None | str | Unset = UNSET,
        postgres_id: None | str | Unset = UNSET,
        redis_id: None | str | Unset = UNSET,
    ) -> Mount:
        """`POST /mounts.update`"""
        from .mounts_update import asyncio

        return await asyncio(
            mount_id=mount_id,
            type_=type_,
            host_path=host_path,
            volume_name=volume_name,
            file_path=file_path,
            content=content,
            service_type=service_type,
            mount_path=mount_path,
            application_id=application_id,
            compose_id=compose_id,
            libsql_id=libsql_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            postgres_id=postgres_id,
            redis_id=redis_id,
            client=self._engine,
        )

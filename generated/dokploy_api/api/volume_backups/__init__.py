"""Operations of Dokploy's `volume_backups` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.volume_backup import VolumeBackup
    from ...models.volume_backups_create_body_service_type import VolumeBackupsCreateBodyServiceType
    from ...models.volume_backups_create_result import VolumeBackupsCreateResult
    from ...models.volume_backups_list_item import VolumeBackupsListItem
    from ...models.volume_backups_list_volume_backup_type import VolumeBackupsListVolumeBackupType
    from ...models.volume_backups_update_body_service_type import VolumeBackupsUpdateBodyServiceType


class VolumeBackupsResource:
    """`volume_backups.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        name: str,
        volume_name: str,
        prefix: str,
        cron_expression: str,
        destination_id: str,
        service_type: VolumeBackupsCreateBodyServiceType | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        turn_off: bool | Unset = UNSET,
        keep_latest_count: float | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        postgres_id: None | str | Unset = UNSET,
        mariadb_id: None | str | Unset = UNSET,
        mongo_id: None | str | Unset = UNSET,
        mysql_id: None | str | Unset = UNSET,
        redis_id: None | str | Unset = UNSET,
        libsql_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> None | VolumeBackupsCreateResult:
        """`POST /volumeBackups.create`"""
        from .volume_backups_create import sync

        return sync(
            name=name,
            volume_name=volume_name,
            prefix=prefix,
            cron_expression=cron_expression,
            destination_id=destination_id,
            service_type=service_type,
            app_name=app_name,
            service_name=service_name,
            turn_off=turn_off,
            keep_latest_count=keep_latest_count,
            enabled=enabled,
            application_id=application_id,
            postgres_id=postgres_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            redis_id=redis_id,
            libsql_id=libsql_id,
            compose_id=compose_id,
            created_at=created_at,
            client=self._engine,
        )

    def delete(
        self,
        *,
        volume_backup_id: str,
    ) -> None:
        """`POST /volumeBackups.delete`"""
        from .volume_backups_delete import sync

        return sync(
            volume_backup_id=volume_backup_id,
            client=self._engine,
        )

    def list(
        self,
        *,
        id: str,
        volume_backup_type: VolumeBackupsListVolumeBackupType,
    ) -> list[VolumeBackupsListItem]:
        """`GET /volumeBackups.list`"""
        from .volume_backups_list import sync

        return sync(
            id=id,
            volume_backup_type=volume_backup_type,
            client=self._engine,
        )

    def one(
        self,
        *,
        volume_backup_id: str,
    ) -> VolumeBackup:
        """`GET /volumeBackups.one`"""
        from .volume_backups_one import sync

        return sync(
            volume_backup_id=volume_backup_id,
            client=self._engine,
        )

    def run_manually(
        self,
        *,
        volume_backup_id: str,
    ) -> bool | None:
        """`POST /volumeBackups.runManually`"""
        from .volume_backups_run_manually import sync

        return sync(
            volume_backup_id=volume_backup_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        name: str,
        volume_name: str,
        prefix: str,
        cron_expression: str,
        destination_id: str,
        volume_backup_id: str,
        service_type: VolumeBackupsUpdateBodyServiceType | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        turn_off: bool | Unset = UNSET,
        keep_latest_count: float | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        postgres_id: None | str | Unset = UNSET,
        mariadb_id: None | str | Unset = UNSET,
        mongo_id: None | str | Unset = UNSET,
        mysql_id: None | str | Unset = UNSET,
        redis_id: None | str | Unset = UNSET,
        libsql_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> VolumeBackupsCreateResult:
        """`POST /volumeBackups.update`"""
        from .volume_backups_update import sync

        return sync(
            name=name,
            volume_name=volume_name,
            prefix=prefix,
            cron_expression=cron_expression,
            destination_id=destination_id,
            volume_backup_id=volume_backup_id,
            service_type=service_type,
            app_name=app_name,
            service_name=service_name,
            turn_off=turn_off,
            keep_latest_count=keep_latest_count,
            enabled=enabled,
            application_id=application_id,
            postgres_id=postgres_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            redis_id=redis_id,
            libsql_id=libsql_id,
            compose_id=compose_id,
            created_at=created_at,
            client=self._engine,
        )


class AsyncVolumeBackupsResource:
    """`volume_backups.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        name: str,
        volume_name: str,
        prefix: str,
        cron_expression: str,
        destination_id: str,
        service_type: VolumeBackupsCreateBodyServiceType | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        turn_off: bool | Unset = UNSET,
        keep_latest_count: float | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        postgres_id: None | str | Unset = UNSET,
        mariadb_id: None | str | Unset = UNSET,
        mongo_id: None | str | Unset = UNSET,
        mysql_id: None | str | Unset = UNSET,
        redis_id: None | str | Unset = UNSET,
        libsql_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> None | VolumeBackupsCreateResult:
        """`POST /volumeBackups.create`"""
        from .volume_backups_create import asyncio

        return await asyncio(
            name=name,
            volume_name=volume_name,
            prefix=prefix,
            cron_expression=cron_expression,
            destination_id=destination_id,
            service_type=service_type,
            app_name=app_name,
            service_name=service_name,
            turn_off=turn_off,
            keep_latest_count=keep_latest_count,
            enabled=enabled,
            application_id=application_id,
            postgres_id=postgres_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            redis_id=redis_id,
            libsql_id=libsql_id,
            compose_id=compose_id,
            created_at=created_at,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        volume_backup_id: str,
    ) -> None:
        """`POST /volumeBackups.delete`"""
        from .volume_backups_delete import asyncio

        return await asyncio(
            volume_backup_id=volume_backup_id,
            client=self._engine,
        )

    async def list(
        self,
        *,
        id: str,
        volume_backup_type: VolumeBackupsListVolumeBackupType,
    ) -> list[VolumeBackupsListItem]:
        """`GET /volumeBackups.list`"""
        from .volume_backups_list import asyncio

        return await asyncio(
            id=id,
            volume_backup_type=volume_backup_type,
            client=self._engine,
        )

    async def one(
        self,
        *,
        volume_backup_id: str,
    ) -> VolumeBackup:
        """`GET /volumeBackups.one`"""
        from .volume_backups_one import asyncio

        return await asyncio(
            volume_backup_id=volume_backup_id,
            client=self._engine,
        )

    async def run_manually(
        self,
        *,
        volume_backup_id: str,
    ) -> bool | None:
        """`POST /volumeBackups.runManually`"""
        from .volume_backups_run_manually import asyncio

        return await asyncio(
            volume_backup_id=volume_backup_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        name: str,
        volume_name: str,
        prefix: str,
        cron_expression: str,
        destination_id: str,
        volume_backup_id: str,
        service_type: VolumeBackupsUpdateBodyServiceType | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        turn_off: bool | Unset = UNSET,
        keep_latest_count: float | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        postgres_id: None | str | Unset = UNSET,
        mariadb_id: None | str | Unset = UNSET,
        mongo_id: None | str | Unset = UNSET,
        mysql_id: None | str | Unset = UNSET,
        redis_id: None | str | Unset = UNSET,
        libsql_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> VolumeBackupsCreateResult:
        """`POST /volumeBackups.update`"""
        from .volume_backups_update import asyncio

        return await asyncio(
            name=name,
            volume_name=volume_name,
            prefix=prefix,
            cron_expression=cron_expression,
            destination_id=destination_id,
            volume_backup_id=volume_backup_id,
            service_type=service_type,
            app_name=app_name,
            service_name=service_name,
            turn_off=turn_off,
            keep_latest_count=keep_latest_count,
            enabled=enabled,
            application_id=application_id,
            postgres_id=postgres_id,
            mariadb_id=mariadb_id,
            mongo_id=mongo_id,
            mysql_id=mysql_id,
            redis_id=redis_id,
            libsql_id=libsql_id,
            compose_id=compose_id,
            created_at=created_at,
            client=self._engine,
        )

"""Operations of Dokploy's `backup` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.backup import Backup
    from ...models.backup_create_body_backup_type import BackupCreateBodyBackupType
    from ...models.backup_create_body_database_type import BackupCreateBodyDatabaseType
    from ...models.backup_list_backup_files_item import BackupListBackupFilesItem
    from ...models.backup_remove_result import BackupRemoveResult
    from ...models.backup_update_body_database_type import BackupUpdateBodyDatabaseType


class BackupResource:
    """`backup.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        schedule: str,
        prefix: str,
        destination_id: str,
        database: str,
        database_type: BackupCreateBodyDatabaseType,
        enabled: bool | None | Unset = UNSET,
        keep_latest_count: float | None | Unset = UNSET,
        mariadb_id: None | str | Unset = UNSET,
        mysql_id: None | str | Unset = UNSET,
        postgres_id: None | str | Unset = UNSET,
        mongo_id: None | str | Unset = UNSET,
        libsql_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        backup_type: BackupCreateBodyBackupType | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        include_encryption_key: bool | Unset = UNSET,
        metadata: Any | None | Unset = UNSET,
    ) -> Backup:
        """`POST /backup.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["backup.create"]``).
        """
        from ...facts import FINDERS
        from .backup_create import sync

        return cast(
            "Backup",
            self._engine.create_and_find(
                FINDERS["backup.create"],
                lambda: sync(
                    schedule=schedule,
                    prefix=prefix,
                    destination_id=destination_id,
                    database=database,
                    database_type=database_type,
                    enabled=enabled,
                    keep_latest_count=keep_latest_count,
                    mariadb_id=mariadb_id,
                    mysql_id=mysql_id,
                    postgres_id=postgres_id,
                    mongo_id=mongo_id,
                    libsql_id=libsql_id,
                    user_id=user_id,
                    backup_type=backup_type,
                    compose_id=compose_id,
                    service_name=service_name,
                    include_encryption_key=include_encryption_key,
                    metadata=metadata,
                    client=self._engine,
                ),
                {
                    "schedule": schedule,
                    "prefix": prefix,
                    "destination_id": destination_id,
                    "database": database,
                    "database_type": database_type,
                    "enabled": enabled,
                    "keep_latest_count": keep_latest_count,
                    "mariadb_id": mariadb_id,
                    "mysql_id": mysql_id,
                    "postgres_id": postgres_id,
                    "mongo_id": mongo_id,
                    "libsql_id": libsql_id,
                    "user_id": user_id,
                    "backup_type": backup_type,
                    "compose_id": compose_id,
                    "service_name": service_name,
                    "include_encryption_key": include_encryption_key,
                    "metadata": metadata,
                },
            ),
        )

    def list_backup_files(
        self,
        *,
        destination_id: str,
        search: str,
        server_id: str | Unset = UNSET,
    ) -> list[BackupListBackupFilesItem]:
        """`GET /backup.listBackupFiles`"""
        from .backup_list_backup_files import sync

        return sync(
            destination_id=destination_id,
            search=search,
            server_id=server_id,
            client=self._engine,
        )

    def manual_backup_compose(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupCompose`"""
        from .backup_manual_backup_compose import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def manual_backup_libsql(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupLibsql`"""
        from .backup_manual_backup_libsql import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def manual_backup_mariadb(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupMariadb`"""
        from .backup_manual_backup_mariadb import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def manual_backup_mongo(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupMongo`"""
        from .backup_manual_backup_mongo import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def manual_backup_my_sql(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupMySql`"""
        from .backup_manual_backup_my_sql import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def manual_backup_postgres(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupPostgres`"""
        from .backup_manual_backup_postgres import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def manual_backup_web_server(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupWebServer`"""
        from .backup_manual_backup_web_server import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        backup_id: str,
    ) -> Backup:
        """`GET /backup.one`"""
        from .backup_one import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        backup_id: str,
    ) -> BackupRemoveResult | None:
        """`POST /backup.remove`"""
        from .backup_remove import sync

        return sync(
            backup_id=backup_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        schedule: str,
        enabled: bool | None,
        prefix: str,
        backup_id: str,
        destination_id: str,
        database: str,
        keep_latest_count: float | None,
        service_name: None | str,
        metadata: Any | None,
        database_type: BackupUpdateBodyDatabaseType,
        include_encryption_key: bool | Unset = UNSET,
    ) -> None:
        """`POST /backup.update`"""
        from .backup_update import sync

        return sync(
            schedule=schedule,
            enabled=enabled,
            prefix=prefix,
            backup_id=backup_id,
            destination_id=destination_id,
            database=database,
            keep_latest_count=keep_latest_count,
            service_name=service_name,
            metadata=metadata,
            database_type=database_type,
            include_encryption_key=include_encryption_key,
            client=self._engine,
        )


class AsyncBackupResource:
    """`backup.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        schedule: str,
        prefix: str,
        destination_id: str,
        database: str,
        database_type: BackupCreateBodyDatabaseType,
        enabled: bool | None | Unset = UNSET,
        keep_latest_count: float | None | Unset = UNSET,
        mariadb_id: None | str | Unset = UNSET,
        mysql_id: None | str | Unset = UNSET,
        postgres_id: None | str | Unset = UNSET,
        mongo_id: None | str | Unset = UNSET,
        libsql_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        backup_type: BackupCreateBodyBackupType | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        include_encryption_key: bool | Unset = UNSET,
        metadata: Any | None | Unset = UNSET,
    ) -> Backup:
        """`POST /backup.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["backup.create"]``).
        """
        from ...facts import FINDERS
        from .backup_create import asyncio

        return cast(
            "Backup",
            await self._engine.create_and_find(
                FINDERS["backup.create"],
                lambda: asyncio(
                    schedule=schedule,
                    prefix=prefix,
                    destination_id=destination_id,
                    database=database,
                    database_type=database_type,
                    enabled=enabled,
                    keep_latest_count=keep_latest_count,
                    mariadb_id=mariadb_id,
                    mysql_id=mysql_id,
                    postgres_id=postgres_id,
                    mongo_id=mongo_id,
                    libsql_id=libsql_id,
                    user_id=user_id,
                    backup_type=backup_type,
                    compose_id=compose_id,
                    service_name=service_name,
                    include_encryption_key=include_encryption_key,
                    metadata=metadata,
                    client=self._engine,
                ),
                {
                    "schedule": schedule,
                    "prefix": prefix,
                    "destination_id": destination_id,
                    "database": database,
                    "database_type": database_type,
                    "enabled": enabled,
                    "keep_latest_count": keep_latest_count,
                    "mariadb_id": mariadb_id,
                    "mysql_id": mysql_id,
                    "postgres_id": postgres_id,
                    "mongo_id": mongo_id,
                    "libsql_id": libsql_id,
                    "user_id": user_id,
                    "backup_type": backup_type,
                    "compose_id": compose_id,
                    "service_name": service_name,
                    "include_encryption_key": include_encryption_key,
                    "metadata": metadata,
                },
            ),
        )

    async def list_backup_files(
        self,
        *,
        destination_id: str,
        search: str,
        server_id: str | Unset = UNSET,
    ) -> list[BackupListBackupFilesItem]:
        """`GET /backup.listBackupFiles`"""
        from .backup_list_backup_files import asyncio

        return await asyncio(
            destination_id=destination_id,
            search=search,
            server_id=server_id,
            client=self._engine,
        )

    async def manual_backup_compose(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupCompose`"""
        from .backup_manual_backup_compose import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def manual_backup_libsql(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupLibsql`"""
        from .backup_manual_backup_libsql import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def manual_backup_mariadb(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupMariadb`"""
        from .backup_manual_backup_mariadb import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def manual_backup_mongo(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupMongo`"""
        from .backup_manual_backup_mongo import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def manual_backup_my_sql(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupMySql`"""
        from .backup_manual_backup_my_sql import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def manual_backup_postgres(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupPostgres`"""
        from .backup_manual_backup_postgres import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def manual_backup_web_server(
        self,
        *,
        backup_id: str,
    ) -> bool:
        """`POST /backup.manualBackupWebServer`"""
        from .backup_manual_backup_web_server import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        backup_id: str,
    ) -> Backup:
        """`GET /backup.one`"""
        from .backup_one import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        backup_id: str,
    ) -> BackupRemoveResult | None:
        """`POST /backup.remove`"""
        from .backup_remove import asyncio

        return await asyncio(
            backup_id=backup_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        schedule: str,
        enabled: bool | None,
        prefix: str,
        backup_id: str,
        destination_id: str,
        database: str,
        keep_latest_count: float | None,
        service_name: None | str,
        metadata: Any | None,
        database_type: BackupUpdateBodyDatabaseType,
        include_encryption_key: bool | Unset = UNSET,
    ) -> None:
        """`POST /backup.update`"""
        from .backup_update import asyncio

        return await asyncio(
            schedule=schedule,
            enabled=enabled,
            prefix=prefix,
            backup_id=backup_id,
            destination_id=destination_id,
            database=database,
            keep_latest_count=keep_latest_count,
            service_name=service_name,
            metadata=metadata,
            database_type=database_type,
            include_encryption_key=include_encryption_key,
            client=self._engine,
        )

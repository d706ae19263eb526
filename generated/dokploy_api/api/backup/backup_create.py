"""`backup.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.backup_create_body_backup_type import BackupCreateBodyBackupType
    from ...models.backup_create_body_database_type import BackupCreateBodyDatabaseType

OPERATION = "backup.create"
METHOD = "POST"
PATH = "/backup.create"


def _get_kwargs(
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
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "schedule": schedule,
                "prefix": prefix,
                "destinationId": destination_id,
                "database": database,
                "databaseType": database_type,
                "enabled": enabled,
                "keepLatestCount": keep_latest_count,
                "mariadbId": mariadb_id,
                "mysqlId": mysql_id,
                "postgresId": postgres_id,
                "mongoId": mongo_id,
                "libsqlId": libsql_id,
                "userId": user_id,
                "backupType": backup_type,
                "composeId": compose_id,
                "serviceName": service_name,
                "includeEncryptionKey": include_encryption_key,
                "metadata": metadata,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
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
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
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
            ),
        )
    )


async def asyncio(
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
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
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
            ),
        )
    )

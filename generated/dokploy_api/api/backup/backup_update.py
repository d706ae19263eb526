"""`backup.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.backup_update_body_database_type import BackupUpdateBodyDatabaseType

OPERATION = "backup.update"
METHOD = "POST"
PATH = "/backup.update"


def _get_kwargs(
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
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "schedule": schedule,
                "enabled": enabled,
                "prefix": prefix,
                "backupId": backup_id,
                "destinationId": destination_id,
                "database": database,
                "keepLatestCount": keep_latest_count,
                "serviceName": service_name,
                "metadata": metadata,
                "databaseType": database_type,
                "includeEncryptionKey": include_encryption_key,
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
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
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
            ),
        )
    )


async def asyncio(
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
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
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
            ),
        )
    )

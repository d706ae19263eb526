"""`backup.listBackupFiles`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.backup_list_backup_files_item import BackupListBackupFilesItem

OPERATION = "backup.listBackupFiles"
METHOD = "GET"
PATH = "/backup.listBackupFiles"


def _get_kwargs(
    *,
    destination_id: str,
    search: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["destinationId"] = destination_id

    params["search"] = search

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[BackupListBackupFilesItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.backup_list_backup_files_item import BackupListBackupFilesItem  # noqa: PLC0415

            response_200_item = BackupListBackupFilesItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[BackupListBackupFilesItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    destination_id: str,
    search: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[BackupListBackupFilesItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                destination_id=destination_id,
                search=search,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    destination_id: str,
    search: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[BackupListBackupFilesItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                destination_id=destination_id,
                search=search,
                server_id=server_id,
            ),
        )
    )

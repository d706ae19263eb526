"""`volumeBackups.list`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.volume_backups_list_item import VolumeBackupsListItem
    from ...models.volume_backups_list_volume_backup_type import VolumeBackupsListVolumeBackupType

OPERATION = "volumeBackups.list"
METHOD = "GET"
PATH = "/volumeBackups.list"


def _get_kwargs(
    *,
    id: str,
    volume_backup_type: VolumeBackupsListVolumeBackupType,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["id"] = id

    json_volume_backup_type: str = volume_backup_type
    params["volumeBackupType"] = json_volume_backup_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[VolumeBackupsListItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.volume_backups_list_item import VolumeBackupsListItem  # noqa: PLC0415

            response_200_item = VolumeBackupsListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[VolumeBackupsListItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    id: str,
    volume_backup_type: VolumeBackupsListVolumeBackupType,
    client: SyncEngine,
) -> list[VolumeBackupsListItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                volume_backup_type=volume_backup_type,
            ),
        )
    )


async def asyncio(
    *,
    id: str,
    volume_backup_type: VolumeBackupsListVolumeBackupType,
    client: AsyncEngine,
) -> list[VolumeBackupsListItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                volume_backup_type=volume_backup_type,
            ),
        )
    )

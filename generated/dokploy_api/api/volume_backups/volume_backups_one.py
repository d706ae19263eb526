"""`volumeBackups.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.volume_backup import VolumeBackup
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "volumeBackups.one"
METHOD = "GET"
PATH = "/volumeBackups.one"


def _get_kwargs(
    *,
    volume_backup_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["volumeBackupId"] = volume_backup_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> VolumeBackup:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = VolumeBackup.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("VolumeBackup", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    volume_backup_id: str,
    client: SyncEngine,
) -> VolumeBackup:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                volume_backup_id=volume_backup_id,
            ),
        )
    )


async def asyncio(
    *,
    volume_backup_id: str,
    client: AsyncEngine,
) -> VolumeBackup:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                volume_backup_id=volume_backup_id,
            ),
        )
    )

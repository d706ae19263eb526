"""`volumeBackups.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.volume_backups_create_result import VolumeBackupsCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.volume_backups_update_body import VolumeBackupsUpdateBody

OPERATION = "volumeBackups.update"
METHOD = "POST"
PATH = "/volumeBackups.update"


def _get_kwargs(
    *,
    body: VolumeBackupsUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> VolumeBackupsCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = VolumeBackupsCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("VolumeBackupsCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: VolumeBackupsUpdateBody,
    client: SyncEngine,
) -> VolumeBackupsCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: VolumeBackupsUpdateBody,
    client: AsyncEngine,
) -> VolumeBackupsCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`backup.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.backup import Backup
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.backup_remove_body import BackupRemoveBody

OPERATION = "backup.remove"
METHOD = "POST"
PATH = "/backup.remove"


def _get_kwargs(
    *,
    body: BackupRemoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Backup:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Backup.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Backup", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: BackupRemoveBody,
    client: SyncEngine,
) -> Backup:
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
    body: BackupRemoveBody,
    client: AsyncEngine,
) -> Backup:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`backup.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.backup import Backup
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "backup.one"
METHOD = "GET"
PATH = "/backup.one"


def _get_kwargs(
    *,
    backup_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["backupId"] = backup_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    backup_id: str,
    client: SyncEngine,
) -> Backup:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                backup_id=backup_id,
            ),
        )
    )


async def asyncio(
    *,
    backup_id: str,
    client: AsyncEngine,
) -> Backup:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                backup_id=backup_id,
            ),
        )
    )

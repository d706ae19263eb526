"""`backup.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.backup_remove_result import BackupRemoveResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "backup.remove"
METHOD = "POST"
PATH = "/backup.remove"


def _get_kwargs(
    *,
    backup_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "backupId": backup_id,
            }
        ),
    }


def parse(data: Any) -> BackupRemoveResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> BackupRemoveResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BackupRemoveResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackupRemoveResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("BackupRemoveResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    backup_id: str,
    client: SyncEngine,
) -> BackupRemoveResult | None:
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
) -> BackupRemoveResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                backup_id=backup_id,
            ),
        )
    )

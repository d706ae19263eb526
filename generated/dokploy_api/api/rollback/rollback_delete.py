"""`rollback.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.rollback_delete_result import RollbackDeleteResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "rollback.delete"
METHOD = "POST"
PATH = "/rollback.delete"


def _get_kwargs(
    *,
    rollback_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "rollbackId": rollback_id,
            }
        ),
    }


def parse(data: Any) -> RollbackDeleteResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = RollbackDeleteResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("RollbackDeleteResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    rollback_id: str,
    client: SyncEngine,
) -> RollbackDeleteResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                rollback_id=rollback_id,
            ),
        )
    )


async def asyncio(
    *,
    rollback_id: str,
    client: AsyncEngine,
) -> RollbackDeleteResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                rollback_id=rollback_id,
            ),
        )
    )

"""`rollback.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.rollback_delete_result import RollbackDeleteResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.rollback_delete_body import RollbackDeleteBody

OPERATION = "rollback.delete"
METHOD = "POST"
PATH = "/rollback.delete"


def _get_kwargs(
    *,
    body: RollbackDeleteBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> RollbackDeleteResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = RollbackDeleteResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("RollbackDeleteResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: RollbackDeleteBody,
    client: SyncEngine,
) -> RollbackDeleteResult:
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
    body: RollbackDeleteBody,
    client: AsyncEngine,
) -> RollbackDeleteResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

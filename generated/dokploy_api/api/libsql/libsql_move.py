"""`libsql.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.libsql_move_result import LibsqlMoveResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.libsql_move_body import LibsqlMoveBody

OPERATION = "libsql.move"
METHOD = "POST"
PATH = "/libsql.move"


def _get_kwargs(
    *,
    body: LibsqlMoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> LibsqlMoveResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = LibsqlMoveResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("LibsqlMoveResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: LibsqlMoveBody,
    client: SyncEngine,
) -> LibsqlMoveResult:
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
    body: LibsqlMoveBody,
    client: AsyncEngine,
) -> LibsqlMoveResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

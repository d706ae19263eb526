"""`mysql.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mysql_create_result import MysqlCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mysql_move_body import MysqlMoveBody

OPERATION = "mysql.move"
METHOD = "POST"
PATH = "/mysql.move"


def _get_kwargs(
    *,
    body: MysqlMoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> MysqlCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MysqlCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MysqlCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: MysqlMoveBody,
    client: SyncEngine,
) -> MysqlCreateResult:
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
    body: MysqlMoveBody,
    client: AsyncEngine,
) -> MysqlCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`mysql.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mysql_create_result import MysqlCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mysql_create_body import MysqlCreateBody

OPERATION = "mysql.create"
METHOD = "POST"
PATH = "/mysql.create"


def _get_kwargs(
    *,
    body: MysqlCreateBody,
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
    body: MysqlCreateBody,
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
    body: MysqlCreateBody,
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

"""`mysql.stop`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mysql import Mysql
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mysql_stop_body import MysqlStopBody

OPERATION = "mysql.stop"
METHOD = "POST"
PATH = "/mysql.stop"


def _get_kwargs(
    *,
    body: MysqlStopBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Mysql:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Mysql.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Mysql", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: MysqlStopBody,
    client: SyncEngine,
) -> Mysql:
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
    body: MysqlStopBody,
    client: AsyncEngine,
) -> Mysql:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

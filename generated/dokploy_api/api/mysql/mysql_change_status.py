"""`mysql.changeStatus`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mysql import Mysql
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mysql_change_status_body_application_status import MysqlChangeStatusBodyApplicationStatus

OPERATION = "mysql.changeStatus"
METHOD = "POST"
PATH = "/mysql.changeStatus"


def _get_kwargs(
    *,
    mysql_id: str,
    application_status: MysqlChangeStatusBodyApplicationStatus,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mysqlId": mysql_id,
                "applicationStatus": application_status,
            }
        ),
    }


def parse(data: Any) -> Mysql:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Mysql.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Mysql", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    mysql_id: str,
    application_status: MysqlChangeStatusBodyApplicationStatus,
    client: SyncEngine,
) -> Mysql:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mysql_id=mysql_id,
                application_status=application_status,
            ),
        )
    )


async def asyncio(
    *,
    mysql_id: str,
    application_status: MysqlChangeStatusBodyApplicationStatus,
    client: AsyncEngine,
) -> Mysql:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mysql_id=mysql_id,
                application_status=application_status,
            ),
        )
    )

"""`mysql.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mysql_create_result import MysqlCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mysql.move"
METHOD = "POST"
PATH = "/mysql.move"


def _get_kwargs(
    *,
    mysql_id: str,
    target_environment_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mysqlId": mysql_id,
                "targetEnvironmentId": target_environment_id,
            }
        ),
    }


def parse(data: Any) -> MysqlCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MysqlCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MysqlCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    mysql_id: str,
    target_environment_id: str,
    client: SyncEngine,
) -> MysqlCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mysql_id=mysql_id,
                target_environment_id=target_environment_id,
            ),
        )
    )


async def asyncio(
    *,
    mysql_id: str,
    target_environment_id: str,
    client: AsyncEngine,
) -> MysqlCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mysql_id=mysql_id,
                target_environment_id=target_environment_id,
            ),
        )
    )

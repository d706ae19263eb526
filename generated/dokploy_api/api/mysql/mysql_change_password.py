"""`mysql.changePassword`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mysql_change_password_body_type import MysqlChangePasswordBodyType

OPERATION = "mysql.changePassword"
METHOD = "POST"
PATH = "/mysql.changePassword"


def _get_kwargs(
    *,
    mysql_id: str,
    password: str,
    type_: MysqlChangePasswordBodyType | Unset = "user",
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mysqlId": mysql_id,
                "password": password,
                "type": type_,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    mysql_id: str,
    password: str,
    type_: MysqlChangePasswordBodyType | Unset = "user",
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mysql_id=mysql_id,
                password=password,
                type_=type_,
            ),
        )
    )


async def asyncio(
    *,
    mysql_id: str,
    password: str,
    type_: MysqlChangePasswordBodyType | Unset = "user",
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mysql_id=mysql_id,
                password=password,
                type_=type_,
            ),
        )
    )

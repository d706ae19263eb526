"""`mariadb.changePassword`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mariadb_change_password_body_type import MariadbChangePasswordBodyType

OPERATION = "mariadb.changePassword"
METHOD = "POST"
PATH = "/mariadb.changePassword"


def _get_kwargs(
    *,
    mariadb_id: str,
    password: str,
    type_: MariadbChangePasswordBodyType | Unset = "user",
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mariadbId": mariadb_id,
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
    mariadb_id: str,
    password: str,
    type_: MariadbChangePasswordBodyType | Unset = "user",
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                password=password,
                type_=type_,
            ),
        )
    )


async def asyncio(
    *,
    mariadb_id: str,
    password: str,
    type_: MariadbChangePasswordBodyType | Unset = "user",
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                password=password,
                type_=type_,
            ),
        )
    )

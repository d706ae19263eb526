"""`mariadb.saveEnvironment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mariadb.saveEnvironment"
METHOD = "POST"
PATH = "/mariadb.saveEnvironment"


def _get_kwargs(
    *,
    mariadb_id: str,
    env: None | str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mariadbId": mariadb_id,
                "env": env,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    mariadb_id: str,
    env: None | str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                env=env,
            ),
        )
    )


async def asyncio(
    *,
    mariadb_id: str,
    env: None | str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                env=env,
            ),
        )
    )

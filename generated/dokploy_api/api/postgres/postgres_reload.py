"""`postgres.reload`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "postgres.reload"
METHOD = "POST"
PATH = "/postgres.reload"


def _get_kwargs(
    *,
    postgres_id: str,
    app_name: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "postgresId": postgres_id,
                "appName": app_name,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    postgres_id: str,
    app_name: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                postgres_id=postgres_id,
                app_name=app_name,
            ),
        )
    )


async def asyncio(
    *,
    postgres_id: str,
    app_name: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                postgres_id=postgres_id,
                app_name=app_name,
            ),
        )
    )

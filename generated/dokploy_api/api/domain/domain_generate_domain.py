"""`domain.generateDomain`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "domain.generateDomain"
METHOD = "POST"
PATH = "/domain.generateDomain"


def _get_kwargs(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "appName": app_name,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(str, data)


def sync(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                app_name=app_name,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                app_name=app_name,
                server_id=server_id,
            ),
        )
    )

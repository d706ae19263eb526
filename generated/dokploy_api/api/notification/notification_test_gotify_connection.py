"""`notification.testGotifyConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.testGotifyConnection"
METHOD = "POST"
PATH = "/notification.testGotifyConnection"


def _get_kwargs(
    *,
    server_url: str,
    app_token: str,
    priority: float,
    decoration: bool | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "serverUrl": server_url,
                "appToken": app_token,
                "priority": priority,
                "decoration": decoration,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    server_url: str,
    app_token: str,
    priority: float,
    decoration: bool | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_url=server_url,
                app_token=app_token,
                priority=priority,
                decoration=decoration,
            ),
        )
    )


async def asyncio(
    *,
    server_url: str,
    app_token: str,
    priority: float,
    decoration: bool | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_url=server_url,
                app_token=app_token,
                priority=priority,
                decoration=decoration,
            ),
        )
    )

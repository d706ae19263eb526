"""`settings.updateRemoteServersOnly`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.updateRemoteServersOnly"
METHOD = "POST"
PATH = "/settings.updateRemoteServersOnly"


def _get_kwargs(
    *,
    remote_servers_only: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "remoteServersOnly": remote_servers_only,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    remote_servers_only: bool,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                remote_servers_only=remote_servers_only,
            ),
        )
    )


async def asyncio(
    *,
    remote_servers_only: bool,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                remote_servers_only=remote_servers_only,
            ),
        )
    )

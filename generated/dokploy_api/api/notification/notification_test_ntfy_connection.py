"""`notification.testNtfyConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.testNtfyConnection"
METHOD = "POST"
PATH = "/notification.testNtfyConnection"


def _get_kwargs(
    *,
    server_url: str,
    topic: str,
    access_token: str,
    priority: float,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "serverUrl": server_url,
                "topic": topic,
                "accessToken": access_token,
                "priority": priority,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    server_url: str,
    topic: str,
    access_token: str,
    priority: float,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_url=server_url,
                topic=topic,
                access_token=access_token,
                priority=priority,
            ),
        )
    )


async def asyncio(
    *,
    server_url: str,
    topic: str,
    access_token: str,
    priority: float,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_url=server_url,
                topic=topic,
                access_token=access_token,
                priority=priority,
            ),
        )
    )

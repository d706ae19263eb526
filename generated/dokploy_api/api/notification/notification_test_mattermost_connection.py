"""`notification.testMattermostConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.testMattermostConnection"
METHOD = "POST"
PATH = "/notification.testMattermostConnection"


def _get_kwargs(
    *,
    webhook_url: str,
    channel: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "webhookUrl": webhook_url,
                "channel": channel,
                "username": username,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    webhook_url: str,
    channel: str | Unset = UNSET,
    username: str | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                webhook_url=webhook_url,
                channel=channel,
                username=username,
            ),
        )
    )


async def asyncio(
    *,
    webhook_url: str,
    channel: str | Unset = UNSET,
    username: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                webhook_url=webhook_url,
                channel=channel,
                username=username,
            ),
        )
    )

"""`notification.testTelegramConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.testTelegramConnection"
METHOD = "POST"
PATH = "/notification.testTelegramConnection"


def _get_kwargs(
    *,
    bot_token: str,
    chat_id: str,
    message_thread_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "botToken": bot_token,
                "chatId": chat_id,
                "messageThreadId": message_thread_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    bot_token: str,
    chat_id: str,
    message_thread_id: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                bot_token=bot_token,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
        )
    )


async def asyncio(
    *,
    bot_token: str,
    chat_id: str,
    message_thread_id: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                bot_token=bot_token,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
        )
    )

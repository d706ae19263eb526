"""`notification.testPushoverConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.testPushoverConnection"
METHOD = "POST"
PATH = "/notification.testPushoverConnection"


def _get_kwargs(
    *,
    user_key: str,
    api_token: str,
    priority: float,
    retry: float | None | Unset = UNSET,
    expire: float | None | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "userKey": user_key,
                "apiToken": api_token,
                "priority": priority,
                "retry": retry,
                "expire": expire,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    user_key: str,
    api_token: str,
    priority: float,
    retry: float | None | Unset = UNSET,
    expire: float | None | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                user_key=user_key,
                api_token=api_token,
                priority=priority,
                retry=retry,
                expire=expire,
            ),
        )
    )


async def asyncio(
    *,
    user_key: str,
    api_token: str,
    priority: float,
    retry: float | None | Unset = UNSET,
    expire: float | None | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                user_key=user_key,
                api_token=api_token,
                priority=priority,
                retry=retry,
                expire=expire,
            ),
        )
    )

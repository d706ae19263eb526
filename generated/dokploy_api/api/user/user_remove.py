"""`user.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.remove"
METHOD = "POST"
PATH = "/user.remove"


def _get_kwargs(
    *,
    user_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "userId": user_id,
            }
        ),
    }


def parse(data: Any) -> bool | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("bool | None", data)


def sync(
    *,
    user_id: str,
    client: SyncEngine,
) -> bool | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                user_id=user_id,
            ),
        )
    )


async def asyncio(
    *,
    user_id: str,
    client: AsyncEngine,
) -> bool | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                user_id=user_id,
            ),
        )
    )

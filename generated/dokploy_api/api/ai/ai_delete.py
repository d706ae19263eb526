"""`ai.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "ai.delete"
METHOD = "POST"
PATH = "/ai.delete"


def _get_kwargs(
    *,
    ai_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "aiId": ai_id,
            }
        ),
    }


def parse(data: Any) -> list[Any]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("list[Any]", data)


def sync(
    *,
    ai_id: str,
    client: SyncEngine,
) -> list[Any]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
            ),
        )
    )


async def asyncio(
    *,
    ai_id: str,
    client: AsyncEngine,
) -> list[Any]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
            ),
        )
    )

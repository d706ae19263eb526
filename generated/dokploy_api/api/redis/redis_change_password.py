"""`redis.changePassword`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "redis.changePassword"
METHOD = "POST"
PATH = "/redis.changePassword"


def _get_kwargs(
    *,
    redis_id: str,
    password: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "redisId": redis_id,
                "password": password,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    redis_id: str,
    password: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                redis_id=redis_id,
                password=password,
            ),
        )
    )


async def asyncio(
    *,
    redis_id: str,
    password: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                redis_id=redis_id,
                password=password,
            ),
        )
    )

"""`redis.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redis import Redis
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "redis.remove"
METHOD = "POST"
PATH = "/redis.remove"


def _get_kwargs(
    *,
    redis_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "redisId": redis_id,
            }
        ),
    }


def parse(data: Any) -> Redis:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Redis.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Redis", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    redis_id: str,
    client: SyncEngine,
) -> Redis:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                redis_id=redis_id,
            ),
        )
    )


async def asyncio(
    *,
    redis_id: str,
    client: AsyncEngine,
) -> Redis:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                redis_id=redis_id,
            ),
        )
    )

"""`redis.start`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redis import Redis
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.redis_start_body import RedisStartBody

OPERATION = "redis.start"
METHOD = "POST"
PATH = "/redis.start"


def _get_kwargs(
    *,
    body: RedisStartBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Redis:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Redis.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Redis", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: RedisStartBody,
    client: SyncEngine,
) -> Redis:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: RedisStartBody,
    client: AsyncEngine,
) -> Redis:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`redis.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redis import Redis
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "redis.one"
METHOD = "GET"
PATH = "/redis.one"


def _get_kwargs(
    *,
    redis_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["redisId"] = redis_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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

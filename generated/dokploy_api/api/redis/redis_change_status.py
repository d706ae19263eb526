"""`redis.changeStatus`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redis import Redis
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.redis_change_status_body_application_status import RedisChangeStatusBodyApplicationStatus

OPERATION = "redis.changeStatus"
METHOD = "POST"
PATH = "/redis.changeStatus"


def _get_kwargs(
    *,
    redis_id: str,
    application_status: RedisChangeStatusBodyApplicationStatus,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "redisId": redis_id,
                "applicationStatus": application_status,
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
    application_status: RedisChangeStatusBodyApplicationStatus,
    client: SyncEngine,
) -> Redis:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                redis_id=redis_id,
                application_status=application_status,
            ),
        )
    )


async def asyncio(
    *,
    redis_id: str,
    application_status: RedisChangeStatusBodyApplicationStatus,
    client: AsyncEngine,
) -> Redis:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                redis_id=redis_id,
                application_status=application_status,
            ),
        )
    )

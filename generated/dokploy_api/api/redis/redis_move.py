"""`redis.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redis_create_result import RedisCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "redis.move"
METHOD = "POST"
PATH = "/redis.move"


def _get_kwargs(
    *,
    redis_id: str,
    target_environment_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "redisId": redis_id,
                "targetEnvironmentId": target_environment_id,
            }
        ),
    }


def parse(data: Any) -> RedisCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = RedisCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("RedisCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    redis_id: str,
    target_environment_id: str,
    client: SyncEngine,
) -> RedisCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                redis_id=redis_id,
                target_environment_id=target_environment_id,
            ),
        )
    )


async def asyncio(
    *,
    redis_id: str,
    target_environment_id: str,
    client: AsyncEngine,
) -> RedisCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                redis_id=redis_id,
                target_environment_id=target_environment_id,
            ),
        )
    )

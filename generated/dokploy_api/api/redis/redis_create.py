"""`redis.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redis_create_result import RedisCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.redis_create_body import RedisCreateBody

OPERATION = "redis.create"
METHOD = "POST"
PATH = "/redis.create"


def _get_kwargs(
    *,
    body: RedisCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> RedisCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = RedisCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("RedisCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: RedisCreateBody,
    client: SyncEngine,
) -> RedisCreateResult:
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
    body: RedisCreateBody,
    client: AsyncEngine,
) -> RedisCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`mongo.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mongo_create_result import MongoCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mongo_move_body import MongoMoveBody

OPERATION = "mongo.move"
METHOD = "POST"
PATH = "/mongo.move"


def _get_kwargs(
    *,
    body: MongoMoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> MongoCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MongoCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MongoCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: MongoMoveBody,
    client: SyncEngine,
) -> MongoCreateResult:
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
    body: MongoMoveBody,
    client: AsyncEngine,
) -> MongoCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

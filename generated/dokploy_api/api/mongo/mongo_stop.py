"""`mongo.stop`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mongo import Mongo
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mongo_stop_body import MongoStopBody

OPERATION = "mongo.stop"
METHOD = "POST"
PATH = "/mongo.stop"


def _get_kwargs(
    *,
    body: MongoStopBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Mongo:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Mongo.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Mongo", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: MongoStopBody,
    client: SyncEngine,
) -> Mongo:
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
    body: MongoStopBody,
    client: AsyncEngine,
) -> Mongo:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

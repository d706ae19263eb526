"""`mongo.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mongo import Mongo
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mongo_remove_body import MongoRemoveBody

OPERATION = "mongo.remove"
METHOD = "POST"
PATH = "/mongo.remove"


def _get_kwargs(
    *,
    body: MongoRemoveBody,
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
    body: MongoRemoveBody,
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
    body: MongoRemoveBody,
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

"""`mongo.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mongo import Mongo
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mongo.one"
METHOD = "GET"
PATH = "/mongo.one"


def _get_kwargs(
    *,
    mongo_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["mongoId"] = mongo_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    mongo_id: str,
    client: SyncEngine,
) -> Mongo:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mongo_id=mongo_id,
            ),
        )
    )


async def asyncio(
    *,
    mongo_id: str,
    client: AsyncEngine,
) -> Mongo:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mongo_id=mongo_id,
            ),
        )
    )

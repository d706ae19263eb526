"""`mongo.changeStatus`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mongo import Mongo
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mongo_change_status_body_application_status import MongoChangeStatusBodyApplicationStatus

OPERATION = "mongo.changeStatus"
METHOD = "POST"
PATH = "/mongo.changeStatus"


def _get_kwargs(
    *,
    mongo_id: str,
    application_status: MongoChangeStatusBodyApplicationStatus,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mongoId": mongo_id,
                "applicationStatus": application_status,
            }
        ),
    }


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
    application_status: MongoChangeStatusBodyApplicationStatus,
    client: SyncEngine,
) -> Mongo:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mongo_id=mongo_id,
                application_status=application_status,
            ),
        )
    )


async def asyncio(
    *,
    mongo_id: str,
    application_status: MongoChangeStatusBodyApplicationStatus,
    client: AsyncEngine,
) -> Mongo:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mongo_id=mongo_id,
                application_status=application_status,
            ),
        )
    )

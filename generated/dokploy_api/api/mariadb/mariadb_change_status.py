"""`mariadb.changeStatus`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mariadb import Mariadb
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mariadb_change_status_body_application_status import MariadbChangeStatusBodyApplicationStatus

OPERATION = "mariadb.changeStatus"
METHOD = "POST"
PATH = "/mariadb.changeStatus"


def _get_kwargs(
    *,
    mariadb_id: str,
    application_status: MariadbChangeStatusBodyApplicationStatus,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mariadbId": mariadb_id,
                "applicationStatus": application_status,
            }
        ),
    }


def parse(data: Any) -> Mariadb:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Mariadb.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Mariadb", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    mariadb_id: str,
    application_status: MariadbChangeStatusBodyApplicationStatus,
    client: SyncEngine,
) -> Mariadb:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                application_status=application_status,
            ),
        )
    )


async def asyncio(
    *,
    mariadb_id: str,
    application_status: MariadbChangeStatusBodyApplicationStatus,
    client: AsyncEngine,
) -> Mariadb:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                application_status=application_status,
            ),
        )
    )

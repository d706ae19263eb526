"""`libsql.changeStatus`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.libsql import Libsql
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.libsql_change_status_body_application_status import LibsqlChangeStatusBodyApplicationStatus

OPERATION = "libsql.changeStatus"
METHOD = "POST"
PATH = "/libsql.changeStatus"


def _get_kwargs(
    *,
    libsql_id: str,
    application_status: LibsqlChangeStatusBodyApplicationStatus,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "libsqlId": libsql_id,
                "applicationStatus": application_status,
            }
        ),
    }


def parse(data: Any) -> Libsql:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Libsql.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Libsql", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    libsql_id: str,
    application_status: LibsqlChangeStatusBodyApplicationStatus,
    client: SyncEngine,
) -> Libsql:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                libsql_id=libsql_id,
                application_status=application_status,
            ),
        )
    )


async def asyncio(
    *,
    libsql_id: str,
    application_status: LibsqlChangeStatusBodyApplicationStatus,
    client: AsyncEngine,
) -> Libsql:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                libsql_id=libsql_id,
                application_status=application_status,
            ),
        )
    )

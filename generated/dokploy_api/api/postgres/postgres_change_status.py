"""`postgres.changeStatus`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.postgres import Postgres
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.postgres_change_status_body_application_status import PostgresChangeStatusBodyApplicationStatus

OPERATION = "postgres.changeStatus"
METHOD = "POST"
PATH = "/postgres.changeStatus"


def _get_kwargs(
    *,
    postgres_id: str,
    application_status: PostgresChangeStatusBodyApplicationStatus,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "postgresId": postgres_id,
                "applicationStatus": application_status,
            }
        ),
    }


def parse(data: Any) -> Postgres:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Postgres.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Postgres", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    postgres_id: str,
    application_status: PostgresChangeStatusBodyApplicationStatus,
    client: SyncEngine,
) -> Postgres:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                postgres_id=postgres_id,
                application_status=application_status,
            ),
        )
    )


async def asyncio(
    *,
    postgres_id: str,
    application_status: PostgresChangeStatusBodyApplicationStatus,
    client: AsyncEngine,
) -> Postgres:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                postgres_id=postgres_id,
                application_status=application_status,
            ),
        )
    )

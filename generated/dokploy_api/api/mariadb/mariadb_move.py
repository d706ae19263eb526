"""`mariadb.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mariadb_create_result import MariadbCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mariadb.move"
METHOD = "POST"
PATH = "/mariadb.move"


def _get_kwargs(
    *,
    mariadb_id: str,
    target_environment_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mariadbId": mariadb_id,
                "targetEnvironmentId": target_environment_id,
            }
        ),
    }


def parse(data: Any) -> MariadbCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MariadbCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MariadbCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    mariadb_id: str,
    target_environment_id: str,
    client: SyncEngine,
) -> MariadbCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                target_environment_id=target_environment_id,
            ),
        )
    )


async def asyncio(
    *,
    mariadb_id: str,
    target_environment_id: str,
    client: AsyncEngine,
) -> MariadbCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                target_environment_id=target_environment_id,
            ),
        )
    )

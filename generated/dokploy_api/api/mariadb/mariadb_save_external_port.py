"""`mariadb.saveExternalPort`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mariadb import Mariadb
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mariadb.saveExternalPort"
METHOD = "POST"
PATH = "/mariadb.saveExternalPort"


def _get_kwargs(
    *,
    mariadb_id: str,
    external_port: float | None,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mariadbId": mariadb_id,
                "externalPort": external_port,
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
    external_port: float | None,
    client: SyncEngine,
) -> Mariadb:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                external_port=external_port,
            ),
        )
    )


async def asyncio(
    *,
    mariadb_id: str,
    external_port: float | None,
    client: AsyncEngine,
) -> Mariadb:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
                external_port=external_port,
            ),
        )
    )

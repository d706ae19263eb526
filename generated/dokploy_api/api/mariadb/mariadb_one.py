"""`mariadb.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mariadb import Mariadb
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mariadb.one"
METHOD = "GET"
PATH = "/mariadb.one"


def _get_kwargs(
    *,
    mariadb_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["mariadbId"] = mariadb_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


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
    client: SyncEngine,
) -> Mariadb:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
            ),
        )
    )


async def asyncio(
    *,
    mariadb_id: str,
    client: AsyncEngine,
) -> Mariadb:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mariadb_id=mariadb_id,
            ),
        )
    )

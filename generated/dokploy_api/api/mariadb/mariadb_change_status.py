"""`mariadb.changeStatus`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mariadb import Mariadb
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mariadb_change_status_body import MariadbChangeStatusBody

OPERATION = "mariadb.changeStatus"
METHOD = "POST"
PATH = "/mariadb.changeStatus"


def _get_kwargs(
    *,
    body: MariadbChangeStatusBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

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
    body: MariadbChangeStatusBody,
    client: SyncEngine,
) -> Mariadb:
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
    body: MariadbChangeStatusBody,
    client: AsyncEngine,
) -> Mariadb:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

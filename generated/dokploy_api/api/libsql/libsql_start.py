"""`libsql.start`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.libsql import Libsql
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.libsql_start_body import LibsqlStartBody

OPERATION = "libsql.start"
METHOD = "POST"
PATH = "/libsql.start"


def _get_kwargs(
    *,
    body: LibsqlStartBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Libsql:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Libsql.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Libsql", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: LibsqlStartBody,
    client: SyncEngine,
) -> Libsql:
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
    body: LibsqlStartBody,
    client: AsyncEngine,
) -> Libsql:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

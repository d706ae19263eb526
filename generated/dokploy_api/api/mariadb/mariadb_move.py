"""`mariadb.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mariadb_create_result import MariadbCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mariadb_move_body import MariadbMoveBody

OPERATION = "mariadb.move"
METHOD = "POST"
PATH = "/mariadb.move"


def _get_kwargs(
    *,
    body: MariadbMoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> MariadbCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MariadbCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MariadbCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: MariadbMoveBody,
    client: SyncEngine,
) -> MariadbCreateResult:
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
    body: MariadbMoveBody,
    client: AsyncEngine,
) -> MariadbCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

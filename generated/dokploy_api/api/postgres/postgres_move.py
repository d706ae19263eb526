"""`postgres.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.postgres_create_result import PostgresCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.postgres_move_body import PostgresMoveBody

OPERATION = "postgres.move"
METHOD = "POST"
PATH = "/postgres.move"


def _get_kwargs(
    *,
    body: PostgresMoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> PostgresCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = PostgresCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("PostgresCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: PostgresMoveBody,
    client: SyncEngine,
) -> PostgresCreateResult:
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
    body: PostgresMoveBody,
    client: AsyncEngine,
) -> PostgresCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

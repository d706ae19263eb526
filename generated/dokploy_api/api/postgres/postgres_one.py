"""`postgres.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.postgres import Postgres
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "postgres.one"
METHOD = "GET"
PATH = "/postgres.one"


def _get_kwargs(
    *,
    postgres_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["postgresId"] = postgres_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


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
    client: SyncEngine,
) -> Postgres:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                postgres_id=postgres_id,
            ),
        )
    )


async def asyncio(
    *,
    postgres_id: str,
    client: AsyncEngine,
) -> Postgres:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                postgres_id=postgres_id,
            ),
        )
    )

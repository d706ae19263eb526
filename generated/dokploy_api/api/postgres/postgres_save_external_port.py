"""`postgres.saveExternalPort`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.postgres import Postgres
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.postgres_save_external_port_body import PostgresSaveExternalPortBody

OPERATION = "postgres.saveExternalPort"
METHOD = "POST"
PATH = "/postgres.saveExternalPort"


def _get_kwargs(
    *,
    body: PostgresSaveExternalPortBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

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
    body: PostgresSaveExternalPortBody,
    client: SyncEngine,
) -> Postgres:
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
    body: PostgresSaveExternalPortBody,
    client: AsyncEngine,
) -> Postgres:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`postgres.deploy`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import Any, cast

from ...client import AsyncEngine, SyncEngine
from ...models.postgres_deploy_body import PostgresDeployBody

OPERATION = "postgres.deploy"
METHOD = "POST"
PATH = "/postgres.deploy"


def _get_kwargs(
    *,
    body: PostgresDeployBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    body: PostgresDeployBody,
    client: SyncEngine,
) -> Any:
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
    body: PostgresDeployBody,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`deployment.killProcess`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "deployment.killProcess"
METHOD = "POST"
PATH = "/deployment.killProcess"


def _get_kwargs(
    *,
    deployment_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "deploymentId": deployment_id,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    deployment_id: str,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                deployment_id=deployment_id,
            ),
        )
    )


async def asyncio(
    *,
    deployment_id: str,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                deployment_id=deployment_id,
            ),
        )
    )

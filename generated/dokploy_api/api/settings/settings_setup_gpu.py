"""`settings.setupGPU`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitea_update_result import GiteaUpdateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.setupGPU"
METHOD = "POST"
PATH = "/settings.setupGPU"


def _get_kwargs(
    *,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> GiteaUpdateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = GiteaUpdateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GiteaUpdateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> GiteaUpdateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> GiteaUpdateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )

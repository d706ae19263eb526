"""`compose.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_delete_result import ComposeDeleteResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.delete"
METHOD = "POST"
PATH = "/compose.delete"


def _get_kwargs(
    *,
    compose_id: str,
    delete_volumes: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "composeId": compose_id,
                "deleteVolumes": delete_volumes,
            }
        ),
    }


def parse(data: Any) -> ComposeDeleteResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ComposeDeleteResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposeDeleteResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    compose_id: str,
    delete_volumes: bool,
    client: SyncEngine,
) -> ComposeDeleteResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                delete_volumes=delete_volumes,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    delete_volumes: bool,
    client: AsyncEngine,
) -> ComposeDeleteResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                delete_volumes=delete_volumes,
            ),
        )
    )

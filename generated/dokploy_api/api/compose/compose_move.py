"""`compose.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_create_result import ComposeCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.move"
METHOD = "POST"
PATH = "/compose.move"


def _get_kwargs(
    *,
    compose_id: str,
    target_environment_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "composeId": compose_id,
                "targetEnvironmentId": target_environment_id,
            }
        ),
    }


def parse(data: Any) -> ComposeCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ComposeCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposeCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    compose_id: str,
    target_environment_id: str,
    client: SyncEngine,
) -> ComposeCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                target_environment_id=target_environment_id,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    target_environment_id: str,
    client: AsyncEngine,
) -> ComposeCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                target_environment_id=target_environment_id,
            ),
        )
    )

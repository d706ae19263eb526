"""`compose.deployTemplate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_create_result import ComposeCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.deployTemplate"
METHOD = "POST"
PATH = "/compose.deployTemplate"


def _get_kwargs(
    *,
    environment_id: str,
    id: str,
    server_id: str | Unset = UNSET,
    base_url: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "environmentId": environment_id,
                "id": id,
                "serverId": server_id,
                "baseUrl": base_url,
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
    environment_id: str,
    id: str,
    server_id: str | Unset = UNSET,
    base_url: str | Unset = UNSET,
    client: SyncEngine,
) -> ComposeCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
                id=id,
                server_id=server_id,
                base_url=base_url,
            ),
        )
    )


async def asyncio(
    *,
    environment_id: str,
    id: str,
    server_id: str | Unset = UNSET,
    base_url: str | Unset = UNSET,
    client: AsyncEngine,
) -> ComposeCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
                id=id,
                server_id=server_id,
                base_url=base_url,
            ),
        )
    )

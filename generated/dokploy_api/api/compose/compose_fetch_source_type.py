"""`compose.fetchSourceType`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_fetch_source_type_result import ComposeFetchSourceTypeResult

OPERATION = "compose.fetchSourceType"
METHOD = "POST"
PATH = "/compose.fetchSourceType"


def _get_kwargs(
    *,
    compose_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "composeId": compose_id,
            }
        ),
    }


def parse(data: Any) -> ComposeFetchSourceTypeResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("ComposeFetchSourceTypeResult", data)


def sync(
    *,
    compose_id: str,
    client: SyncEngine,
) -> ComposeFetchSourceTypeResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    client: AsyncEngine,
) -> ComposeFetchSourceTypeResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
            ),
        )
    )

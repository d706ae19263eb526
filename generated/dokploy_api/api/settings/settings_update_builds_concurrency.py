"""`settings.updateBuildsConcurrency`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.updateBuildsConcurrency"
METHOD = "POST"
PATH = "/settings.updateBuildsConcurrency"


def _get_kwargs(
    *,
    builds_concurrency: int,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "buildsConcurrency": builds_concurrency,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    builds_concurrency: int,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                builds_concurrency=builds_concurrency,
            ),
        )
    )


async def asyncio(
    *,
    builds_concurrency: int,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                builds_concurrency=builds_concurrency,
            ),
        )
    )

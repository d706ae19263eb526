"""`settings.updateLogCleanup`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.updateLogCleanup"
METHOD = "POST"
PATH = "/settings.updateLogCleanup"


def _get_kwargs(
    *,
    cron_expression: None | str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "cronExpression": cron_expression,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    cron_expression: None | str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                cron_expression=cron_expression,
            ),
        )
    )


async def asyncio(
    *,
    cron_expression: None | str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                cron_expression=cron_expression,
            ),
        )
    )

"""`settings.updateEnforceSSO`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.updateEnforceSSO"
METHOD = "POST"
PATH = "/settings.updateEnforceSSO"


def _get_kwargs(
    *,
    enforce_sso: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "enforceSSO": enforce_sso,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    enforce_sso: bool,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                enforce_sso=enforce_sso,
            ),
        )
    )


async def asyncio(
    *,
    enforce_sso: bool,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                enforce_sso=enforce_sso,
            ),
        )
    )

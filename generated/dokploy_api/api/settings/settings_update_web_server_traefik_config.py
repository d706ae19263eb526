"""`settings.updateWebServerTraefikConfig`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.updateWebServerTraefikConfig"
METHOD = "POST"
PATH = "/settings.updateWebServerTraefikConfig"


def _get_kwargs(
    *,
    traefik_config: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "traefikConfig": traefik_config,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    traefik_config: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                traefik_config=traefik_config,
            ),
        )
    )


async def asyncio(
    *,
    traefik_config: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                traefik_config=traefik_config,
            ),
        )
    )

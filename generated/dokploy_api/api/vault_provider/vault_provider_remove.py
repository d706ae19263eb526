"""`vaultProvider.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "vaultProvider.remove"
METHOD = "POST"
PATH = "/vaultProvider.remove"


def _get_kwargs(
    *,
    vault_provider_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "vaultProviderId": vault_provider_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    vault_provider_id: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
            ),
        )
    )


async def asyncio(
    *,
    vault_provider_id: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
            ),
        )
    )

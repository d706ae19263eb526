"""`vaultProvider.testConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.config import Config
    from ...models.config_2 import Config2
    from ...models.config_3 import Config3
    from ...models.config_5 import Config5
    from ...models.config_6 import Config6
    from ...models.config_7 import Config7

OPERATION = "vaultProvider.testConnection"
METHOD = "POST"
PATH = "/vaultProvider.testConnection"


def _get_kwargs(
    *,
    vault_provider_id: str | Unset = UNSET,
    config: Config | Config2 | Config3 | Config5 | Config6 | Config7 | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "vaultProviderId": vault_provider_id,
                "config": config,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    vault_provider_id: str | Unset = UNSET,
    config: Config | Config2 | Config3 | Config5 | Config6 | Config7 | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
                config=config,
            ),
        )
    )


async def asyncio(
    *,
    vault_provider_id: str | Unset = UNSET,
    config: Config | Config2 | Config3 | Config5 | Config6 | Config7 | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
                config=config,
            ),
        )
    )

"""`vaultProvider.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.vault_provider import VaultProvider
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.assignments_item import AssignmentsItem
    from ...models.config import Config
    from ...models.config_2 import Config2
    from ...models.config_3 import Config3
    from ...models.config_5 import Config5
    from ...models.config_6 import Config6
    from ...models.config_7 import Config7

OPERATION = "vaultProvider.update"
METHOD = "POST"
PATH = "/vaultProvider.update"


def _get_kwargs(
    *,
    vault_provider_id: str,
    name: str,
    config: Config | Config2 | Config3 | Config5 | Config6 | Config7,
    assignments: list[AssignmentsItem],
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "vaultProviderId": vault_provider_id,
                "name": name,
                "config": config,
                "assignments": assignments,
            }
        ),
    }


def parse(data: Any) -> VaultProvider:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = VaultProvider.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("VaultProvider", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    vault_provider_id: str,
    name: str,
    config: Config | Config2 | Config3 | Config5 | Config6 | Config7,
    assignments: list[AssignmentsItem],
    client: SyncEngine,
) -> VaultProvider:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
                name=name,
                config=config,
                assignments=assignments,
            ),
        )
    )


async def asyncio(
    *,
    vault_provider_id: str,
    name: str,
    config: Config | Config2 | Config3 | Config5 | Config6 | Config7,
    assignments: list[AssignmentsItem],
    client: AsyncEngine,
) -> VaultProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
                name=name,
                config=config,
                assignments=assignments,
            ),
        )
    )

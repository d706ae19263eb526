"""`vaultProvider.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.vault_provider import VaultProvider
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.assignments_item import AssignmentsItem
    from ...models.aws_config import AwsConfig
    from ...models.azure_config import AzureConfig
    from ...models.doppler_config import DopplerConfig
    from ...models.hashicorp_config import HashicorpConfig
    from ...models.infisical_config import InfisicalConfig
    from ...models.scaleway_config import ScalewayConfig

OPERATION = "vaultProvider.create"
METHOD = "POST"
PATH = "/vaultProvider.create"


def _get_kwargs(
    *,
    name: str,
    config: AwsConfig | AzureConfig | DopplerConfig | HashicorpConfig | InfisicalConfig | ScalewayConfig,
    assignments: list[AssignmentsItem],
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
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
    name: str,
    config: AwsConfig | AzureConfig | DopplerConfig | HashicorpConfig | InfisicalConfig | ScalewayConfig,
    assignments: list[AssignmentsItem],
    client: SyncEngine,
) -> VaultProvider:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                config=config,
                assignments=assignments,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    config: AwsConfig | AzureConfig | DopplerConfig | HashicorpConfig | InfisicalConfig | ScalewayConfig,
    assignments: list[AssignmentsItem],
    client: AsyncEngine,
) -> VaultProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                config=config,
                assignments=assignments,
            ),
        )
    )

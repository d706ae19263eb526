"""`vaultProvider.testConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.aws_config import AwsConfig
    from ...models.azure_config import AzureConfig
    from ...models.doppler_config import DopplerConfig
    from ...models.hashicorp_config import HashicorpConfig
    from ...models.infisical_config import InfisicalConfig
    from ...models.scaleway_config import ScalewayConfig

OPERATION = "vaultProvider.testConnection"
METHOD = "POST"
PATH = "/vaultProvider.testConnection"


def _get_kwargs(
    *,
    vault_provider_id: str | Unset = UNSET,
    config: AwsConfig
    | AzureConfig
    | DopplerConfig
    | HashicorpConfig
    | InfisicalConfig
    | ScalewayConfig
    | Unset = UNSET,
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
    config: AwsConfig
    | AzureConfig
    | DopplerConfig
    | HashicorpConfig
    | InfisicalConfig
    | ScalewayConfig
    | Unset = UNSET,
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
    config: AwsConfig
    | AzureConfig
    | DopplerConfig
    | HashicorpConfig
    | InfisicalConfig
    | ScalewayConfig
    | Unset = UNSET,
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

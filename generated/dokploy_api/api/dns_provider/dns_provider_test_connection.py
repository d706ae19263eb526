"""`dnsProvider.testConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.cloudflare_config import CloudflareConfig
    from ...models.route_53_config import Route53Config

OPERATION = "dnsProvider.testConnection"
METHOD = "POST"
PATH = "/dnsProvider.testConnection"


def _get_kwargs(
    *,
    dns_provider_id: str | Unset = UNSET,
    config: CloudflareConfig | Route53Config | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "dnsProviderId": dns_provider_id,
                "config": config,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    dns_provider_id: str | Unset = UNSET,
    config: CloudflareConfig | Route53Config | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
                config=config,
            ),
        )
    )


async def asyncio(
    *,
    dns_provider_id: str | Unset = UNSET,
    config: CloudflareConfig | Route53Config | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
                config=config,
            ),
        )
    )

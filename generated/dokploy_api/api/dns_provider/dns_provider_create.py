"""`dnsProvider.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.dns_provider import DnsProvider
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.cloudflare_config import CloudflareConfig
    from ...models.route_53_config import Route53Config

OPERATION = "dnsProvider.create"
METHOD = "POST"
PATH = "/dnsProvider.create"


def _get_kwargs(
    *,
    name: str,
    config: CloudflareConfig | Route53Config,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "config": config,
            }
        ),
    }


def parse(data: Any) -> DnsProvider:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DnsProvider.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DnsProvider", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    config: CloudflareConfig | Route53Config,
    client: SyncEngine,
) -> DnsProvider:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                config=config,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    config: CloudflareConfig | Route53Config,
    client: AsyncEngine,
) -> DnsProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                config=config,
            ),
        )
    )

"""`dnsProvider.deleteRecord`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "dnsProvider.deleteRecord"
METHOD = "POST"
PATH = "/dnsProvider.deleteRecord"


def _get_kwargs(
    *,
    dns_provider_id: str,
    zone_id: str,
    record_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "dnsProviderId": dns_provider_id,
                "zoneId": zone_id,
                "recordId": record_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    dns_provider_id: str,
    zone_id: str,
    record_id: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
                zone_id=zone_id,
                record_id=record_id,
            ),
        )
    )


async def asyncio(
    *,
    dns_provider_id: str,
    zone_id: str,
    record_id: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
                zone_id=zone_id,
                record_id=record_id,
            ),
        )
    )

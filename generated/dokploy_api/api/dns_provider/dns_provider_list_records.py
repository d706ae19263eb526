"""`dnsProvider.listRecords`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "dnsProvider.listRecords"
METHOD = "GET"
PATH = "/dnsProvider.listRecords"


def _get_kwargs(
    *,
    dns_provider_id: str,
    zone_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["dnsProviderId"] = dns_provider_id

    params["zoneId"] = zone_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    dns_provider_id: str,
    zone_id: str,
    client: SyncEngine,
) -> Any:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
                zone_id=zone_id,
            ),
        )
    )


async def asyncio(
    *,
    dns_provider_id: str,
    zone_id: str,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
                zone_id=zone_id,
            ),
        )
    )

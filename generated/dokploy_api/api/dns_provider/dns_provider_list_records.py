"""`dnsProvider.listRecords`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.dns_provider_list_records_item import DnsProviderListRecordsItem

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


def parse(data: Any) -> list[DnsProviderListRecordsItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.dns_provider_list_records_item import DnsProviderListRecordsItem  # noqa: PLC0415

            response_200_item = DnsProviderListRecordsItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[DnsProviderListRecordsItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    dns_provider_id: str,
    zone_id: str,
    client: SyncEngine,
) -> list[DnsProviderListRecordsItem]:
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
) -> list[DnsProviderListRecordsItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
                zone_id=zone_id,
            ),
        )
    )

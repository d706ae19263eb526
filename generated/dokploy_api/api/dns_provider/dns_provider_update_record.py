"""`dnsProvider.updateRecord`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.dns_provider_create_record_result import DnsProviderCreateRecordResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.dns_provider_update_record_body_type import DnsProviderUpdateRecordBodyType

OPERATION = "dnsProvider.updateRecord"
METHOD = "POST"
PATH = "/dnsProvider.updateRecord"


def _get_kwargs(
    *,
    type_: DnsProviderUpdateRecordBodyType,
    name: str,
    content: str,
    dns_provider_id: str,
    zone_id: str,
    record_id: str,
    ttl: int | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "type": type_,
                "name": name,
                "content": content,
                "dnsProviderId": dns_provider_id,
                "zoneId": zone_id,
                "recordId": record_id,
                "ttl": ttl,
            }
        ),
    }


def parse(data: Any) -> DnsProviderCreateRecordResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DnsProviderCreateRecordResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DnsProviderCreateRecordResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    type_: DnsProviderUpdateRecordBodyType,
    name: str,
    content: str,
    dns_provider_id: str,
    zone_id: str,
    record_id: str,
    ttl: int | Unset = UNSET,
    client: SyncEngine,
) -> DnsProviderCreateRecordResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                type_=type_,
                name=name,
                content=content,
                dns_provider_id=dns_provider_id,
                zone_id=zone_id,
                record_id=record_id,
                ttl=ttl,
            ),
        )
    )


async def asyncio(
    *,
    type_: DnsProviderUpdateRecordBodyType,
    name: str,
    content: str,
    dns_provider_id: str,
    zone_id: str,
    record_id: str,
    ttl: int | Unset = UNSET,
    client: AsyncEngine,
) -> DnsProviderCreateRecordResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                type_=type_,
                name=name,
                content=content,
                dns_provider_id=dns_provider_id,
                zone_id=zone_id,
                record_id=record_id,
                ttl=ttl,
            ),
        )
    )

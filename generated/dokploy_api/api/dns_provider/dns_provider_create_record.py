"""`dnsProvider.createRecord`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.dns_provider_create_record_result import DnsProviderCreateRecordResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.dns_provider_create_record_body import DnsProviderCreateRecordBody

OPERATION = "dnsProvider.createRecord"
METHOD = "POST"
PATH = "/dnsProvider.createRecord"


def _get_kwargs(
    *,
    body: DnsProviderCreateRecordBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> DnsProviderCreateRecordResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DnsProviderCreateRecordResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DnsProviderCreateRecordResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DnsProviderCreateRecordBody,
    client: SyncEngine,
) -> DnsProviderCreateRecordResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: DnsProviderCreateRecordBody,
    client: AsyncEngine,
) -> DnsProviderCreateRecordResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`dnsProvider.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.dns_provider import DnsProvider
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.dns_provider_update_body import DnsProviderUpdateBody

OPERATION = "dnsProvider.update"
METHOD = "POST"
PATH = "/dnsProvider.update"


def _get_kwargs(
    *,
    body: DnsProviderUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> DnsProvider:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DnsProvider.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DnsProvider", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DnsProviderUpdateBody,
    client: SyncEngine,
) -> DnsProvider:
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
    body: DnsProviderUpdateBody,
    client: AsyncEngine,
) -> DnsProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`dnsProvider.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.dns_provider import DnsProvider
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "dnsProvider.one"
METHOD = "GET"
PATH = "/dnsProvider.one"


def _get_kwargs(
    *,
    dns_provider_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["dnsProviderId"] = dns_provider_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    dns_provider_id: str,
    client: SyncEngine,
) -> DnsProvider:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
            ),
        )
    )


async def asyncio(
    *,
    dns_provider_id: str,
    client: AsyncEngine,
) -> DnsProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                dns_provider_id=dns_provider_id,
            ),
        )
    )

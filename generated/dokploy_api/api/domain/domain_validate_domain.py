"""`domain.validateDomain`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain_validate_domain_result import DomainValidateDomainResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "domain.validateDomain"
METHOD = "POST"
PATH = "/domain.validateDomain"


def _get_kwargs(
    *,
    domain: str,
    server_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "domain": domain,
                "serverIp": server_ip,
            }
        ),
    }


def parse(data: Any) -> DomainValidateDomainResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DomainValidateDomainResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DomainValidateDomainResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    domain: str,
    server_ip: str | Unset = UNSET,
    client: SyncEngine,
) -> DomainValidateDomainResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                domain=domain,
                server_ip=server_ip,
            ),
        )
    )


async def asyncio(
    *,
    domain: str,
    server_ip: str | Unset = UNSET,
    client: AsyncEngine,
) -> DomainValidateDomainResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                domain=domain,
                server_ip=server_ip,
            ),
        )
    )

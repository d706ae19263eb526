"""`domain.validateDomain`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain_validate_domain_result import DomainValidateDomainResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.domain_validate_domain_body import DomainValidateDomainBody

OPERATION = "domain.validateDomain"
METHOD = "POST"
PATH = "/domain.validateDomain"


def _get_kwargs(
    *,
    body: DomainValidateDomainBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> DomainValidateDomainResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DomainValidateDomainResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DomainValidateDomainResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DomainValidateDomainBody,
    client: SyncEngine,
) -> DomainValidateDomainResult:
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
    body: DomainValidateDomainBody,
    client: AsyncEngine,
) -> DomainValidateDomainResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

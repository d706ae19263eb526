"""`domain.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain_create_result import DomainCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.domain_create_body import DomainCreateBody

OPERATION = "domain.create"
METHOD = "POST"
PATH = "/domain.create"


def _get_kwargs(
    *,
    body: DomainCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> DomainCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DomainCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DomainCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DomainCreateBody,
    client: SyncEngine,
) -> DomainCreateResult:
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
    body: DomainCreateBody,
    client: AsyncEngine,
) -> DomainCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

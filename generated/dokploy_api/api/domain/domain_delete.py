"""`domain.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain import Domain
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.domain_delete_body import DomainDeleteBody

OPERATION = "domain.delete"
METHOD = "POST"
PATH = "/domain.delete"


def _get_kwargs(
    *,
    body: DomainDeleteBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Domain:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Domain.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Domain", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DomainDeleteBody,
    client: SyncEngine,
) -> Domain:
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
    body: DomainDeleteBody,
    client: AsyncEngine,
) -> Domain:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

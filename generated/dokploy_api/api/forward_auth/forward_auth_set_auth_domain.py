"""`forwardAuth.setAuthDomain`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.forward_auth_set_auth_domain_result import ForwardAuthSetAuthDomainResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.forward_auth_set_auth_domain_body import ForwardAuthSetAuthDomainBody

OPERATION = "forwardAuth.setAuthDomain"
METHOD = "POST"
PATH = "/forwardAuth.setAuthDomain"


def _get_kwargs(
    *,
    body: ForwardAuthSetAuthDomainBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ForwardAuthSetAuthDomainResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ForwardAuthSetAuthDomainResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ForwardAuthSetAuthDomainResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ForwardAuthSetAuthDomainBody,
    client: SyncEngine,
) -> ForwardAuthSetAuthDomainResult:
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
    body: ForwardAuthSetAuthDomainBody,
    client: AsyncEngine,
) -> ForwardAuthSetAuthDomainResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

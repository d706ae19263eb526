"""`forwardAuth.setAuthDomain`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

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


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    body: ForwardAuthSetAuthDomainBody,
    client: SyncEngine,
) -> Any:
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
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

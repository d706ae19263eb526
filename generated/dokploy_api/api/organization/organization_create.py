"""`organization.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.organization import Organization
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.organization_create_body import OrganizationCreateBody

OPERATION = "organization.create"
METHOD = "POST"
PATH = "/organization.create"


def _get_kwargs(
    *,
    body: OrganizationCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Organization:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Organization.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Organization", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: OrganizationCreateBody,
    client: SyncEngine,
) -> Organization:
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
    body: OrganizationCreateBody,
    client: AsyncEngine,
) -> Organization:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

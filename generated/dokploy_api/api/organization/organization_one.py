"""`organization.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.organization import Organization
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "organization.one"
METHOD = "GET"
PATH = "/organization.one"


def _get_kwargs(
    *,
    organization_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["organizationId"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    organization_id: str,
    client: SyncEngine,
) -> Organization:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                organization_id=organization_id,
            ),
        )
    )


async def asyncio(
    *,
    organization_id: str,
    client: AsyncEngine,
) -> Organization:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                organization_id=organization_id,
            ),
        )
    )

"""`organization.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.organization import Organization
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "organization.create"
METHOD = "POST"
PATH = "/organization.create"


def _get_kwargs(
    *,
    name: str,
    logo: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "logo": logo,
            }
        ),
    }


def parse(data: Any) -> Organization:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Organization.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Organization", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    logo: str | Unset = UNSET,
    client: SyncEngine,
) -> Organization:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                logo=logo,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    logo: str | Unset = UNSET,
    client: AsyncEngine,
) -> Organization:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                logo=logo,
            ),
        )
    )

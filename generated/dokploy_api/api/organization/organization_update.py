"""`organization.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.organization import Organization
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "organization.update"
METHOD = "POST"
PATH = "/organization.update"


def _get_kwargs(
    *,
    organization_id: str,
    name: str,
    logo: str | Unset = UNSET,
    default_role: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "organizationId": organization_id,
                "name": name,
                "logo": logo,
                "defaultRole": default_role,
            }
        ),
    }


def parse(data: Any) -> None | Organization:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | Organization:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Organization.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Organization, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | Organization", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    organization_id: str,
    name: str,
    logo: str | Unset = UNSET,
    default_role: None | str | Unset = UNSET,
    client: SyncEngine,
) -> None | Organization:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                organization_id=organization_id,
                name=name,
                logo=logo,
                default_role=default_role,
            ),
        )
    )


async def asyncio(
    *,
    organization_id: str,
    name: str,
    logo: str | Unset = UNSET,
    default_role: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> None | Organization:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                organization_id=organization_id,
                name=name,
                logo=logo,
                default_role=default_role,
            ),
        )
    )

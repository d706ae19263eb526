"""`organization.inviteMember`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.organization_all_invitations_item import OrganizationAllInvitationsItem
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "organization.inviteMember"
METHOD = "POST"
PATH = "/organization.inviteMember"


def _get_kwargs(
    *,
    email: str,
    role: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "email": email,
                "role": role,
            }
        ),
    }


def parse(data: Any) -> None | OrganizationAllInvitationsItem:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | OrganizationAllInvitationsItem:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = OrganizationAllInvitationsItem.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationAllInvitationsItem, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | OrganizationAllInvitationsItem", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    email: str,
    role: str,
    client: SyncEngine,
) -> None | OrganizationAllInvitationsItem:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                email=email,
                role=role,
            ),
        )
    )


async def asyncio(
    *,
    email: str,
    role: str,
    client: AsyncEngine,
) -> None | OrganizationAllInvitationsItem:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                email=email,
                role=role,
            ),
        )
    )

"""`organization.inviteMember`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.organization_all_invitations_item import OrganizationAllInvitationsItem
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.organization_invite_member_body import OrganizationInviteMemberBody

OPERATION = "organization.inviteMember"
METHOD = "POST"
PATH = "/organization.inviteMember"


def _get_kwargs(
    *,
    body: OrganizationInviteMemberBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


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
    body: OrganizationInviteMemberBody,
    client: SyncEngine,
) -> None | OrganizationAllInvitationsItem:
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
    body: OrganizationInviteMemberBody,
    client: AsyncEngine,
) -> None | OrganizationAllInvitationsItem:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

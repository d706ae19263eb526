"""`user.sendInvitation`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_send_invitation_body import UserSendInvitationBody

OPERATION = "user.sendInvitation"
METHOD = "POST"
PATH = "/user.sendInvitation"


def _get_kwargs(
    *,
    body: UserSendInvitationBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> None | str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = cast("None | str", data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | str", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: UserSendInvitationBody,
    client: SyncEngine,
) -> None | str:
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
    body: UserSendInvitationBody,
    client: AsyncEngine,
) -> None | str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

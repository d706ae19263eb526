"""`user.sendInvitation`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.sendInvitation"
METHOD = "POST"
PATH = "/user.sendInvitation"


def _get_kwargs(
    *,
    invitation_id: str,
    notification_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "invitationId": invitation_id,
                "notificationId": notification_id,
            }
        ),
    }


def parse(data: Any) -> None | str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("None | str", data)


def sync(
    *,
    invitation_id: str,
    notification_id: str,
    client: SyncEngine,
) -> None | str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                invitation_id=invitation_id,
                notification_id=notification_id,
            ),
        )
    )


async def asyncio(
    *,
    invitation_id: str,
    notification_id: str,
    client: AsyncEngine,
) -> None | str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                invitation_id=invitation_id,
                notification_id=notification_id,
            ),
        )
    )

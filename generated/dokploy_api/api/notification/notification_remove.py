"""`notification.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.notification import Notification
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.notification_remove_body import NotificationRemoveBody

OPERATION = "notification.remove"
METHOD = "POST"
PATH = "/notification.remove"


def _get_kwargs(
    *,
    body: NotificationRemoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Notification:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Notification.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Notification", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: NotificationRemoveBody,
    client: SyncEngine,
) -> Notification:
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
    body: NotificationRemoveBody,
    client: AsyncEngine,
) -> Notification:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

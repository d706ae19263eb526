"""`notification.receiveNotification`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import Any, cast

from ...client import AsyncEngine, SyncEngine
from ...models.notification_receive_notification_body import NotificationReceiveNotificationBody

OPERATION = "notification.receiveNotification"
METHOD = "POST"
PATH = "/notification.receiveNotification"


def _get_kwargs(
    *,
    body: NotificationReceiveNotificationBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    body: NotificationReceiveNotificationBody,
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
    body: NotificationReceiveNotificationBody,
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

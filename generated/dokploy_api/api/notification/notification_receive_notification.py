"""`notification.receiveNotification`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
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


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    body: NotificationReceiveNotificationBody,
    client: SyncEngine,
) -> None:
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
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`notification.receiveNotification`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.notification_receive_notification_body_server_type import (
        NotificationReceiveNotificationBodyServerType,
    )
    from ...models.notification_receive_notification_body_type import NotificationReceiveNotificationBodyType

OPERATION = "notification.receiveNotification"
METHOD = "POST"
PATH = "/notification.receiveNotification"


def _get_kwargs(
    *,
    type_: NotificationReceiveNotificationBodyType,
    value: float,
    threshold: float,
    message: str,
    timestamp: str,
    token: str,
    server_type: NotificationReceiveNotificationBodyServerType | Unset = "Dokploy",
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "Type": type_,
                "Value": value,
                "Threshold": threshold,
                "Message": message,
                "Timestamp": timestamp,
                "Token": token,
                "ServerType": server_type,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    type_: NotificationReceiveNotificationBodyType,
    value: float,
    threshold: float,
    message: str,
    timestamp: str,
    token: str,
    server_type: NotificationReceiveNotificationBodyServerType | Unset = "Dokploy",
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                type_=type_,
                value=value,
                threshold=threshold,
                message=message,
                timestamp=timestamp,
                token=token,
                server_type=server_type,
            ),
        )
    )


async def asyncio(
    *,
    type_: NotificationReceiveNotificationBodyType,
    value: float,
    threshold: float,
    message: str,
    timestamp: str,
    token: str,
    server_type: NotificationReceiveNotificationBodyServerType | Unset = "Dokploy",
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                type_=type_,
                value=value,
                threshold=threshold,
                message=message,
                timestamp=timestamp,
                token=token,
                server_type=server_type,
            ),
        )
    )

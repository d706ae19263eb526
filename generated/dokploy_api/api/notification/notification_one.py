"""`notification.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.notification import Notification
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.one"
METHOD = "GET"
PATH = "/notification.one"


def _get_kwargs(
    *,
    notification_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["notificationId"] = notification_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    notification_id: str,
    client: SyncEngine,
) -> Notification:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                notification_id=notification_id,
            ),
        )
    )


async def asyncio(
    *,
    notification_id: str,
    client: AsyncEngine,
) -> Notification:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                notification_id=notification_id,
            ),
        )
    )

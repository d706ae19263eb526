"""`notification.updatePushover`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.notification_update_pushover_body import NotificationUpdatePushoverBody

OPERATION = "notification.updatePushover"
METHOD = "POST"
PATH = "/notification.updatePushover"


def _get_kwargs(
    *,
    body: NotificationUpdatePushoverBody,
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
    body: NotificationUpdatePushoverBody,
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
    body: NotificationUpdatePushoverBody,
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

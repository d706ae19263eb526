"""`notification.updateSlack`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.notification_update_slack_body import NotificationUpdateSlackBody

OPERATION = "notification.updateSlack"
METHOD = "POST"
PATH = "/notification.updateSlack"


def _get_kwargs(
    *,
    body: NotificationUpdateSlackBody,
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
    body: NotificationUpdateSlackBody,
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
    body: NotificationUpdateSlackBody,
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

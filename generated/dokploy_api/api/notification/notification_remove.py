"""`notification.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.notification_remove_result import NotificationRemoveResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.remove"
METHOD = "POST"
PATH = "/notification.remove"


def _get_kwargs(
    *,
    notification_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "notificationId": notification_id,
            }
        ),
    }


def parse(data: Any) -> None | NotificationRemoveResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | NotificationRemoveResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NotificationRemoveResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationRemoveResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | NotificationRemoveResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    notification_id: str,
    client: SyncEngine,
) -> None | NotificationRemoveResult:
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
) -> None | NotificationRemoveResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                notification_id=notification_id,
            ),
        )
    )

"""`schedule.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.schedule_create_result import ScheduleCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.schedule_update_body import ScheduleUpdateBody

OPERATION = "schedule.update"
METHOD = "POST"
PATH = "/schedule.update"


def _get_kwargs(
    *,
    body: ScheduleUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ScheduleCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ScheduleCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ScheduleCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ScheduleUpdateBody,
    client: SyncEngine,
) -> ScheduleCreateResult:
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
    body: ScheduleUpdateBody,
    client: AsyncEngine,
) -> ScheduleCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

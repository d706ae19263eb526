"""`schedule.runManually`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.schedule_run_manually_result import ScheduleRunManuallyResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "schedule.runManually"
METHOD = "POST"
PATH = "/schedule.runManually"


def _get_kwargs(
    *,
    schedule_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "scheduleId": schedule_id,
            }
        ),
    }


def parse(data: Any) -> ScheduleRunManuallyResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ScheduleRunManuallyResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ScheduleRunManuallyResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    schedule_id: str,
    client: SyncEngine,
) -> ScheduleRunManuallyResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                schedule_id=schedule_id,
            ),
        )
    )


async def asyncio(
    *,
    schedule_id: str,
    client: AsyncEngine,
) -> ScheduleRunManuallyResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                schedule_id=schedule_id,
            ),
        )
    )

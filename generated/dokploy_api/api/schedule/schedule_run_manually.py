"""`schedule.runManually`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.schedule_run_manually_result import ScheduleRunManuallyResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.schedule_run_manually_body import ScheduleRunManuallyBody

OPERATION = "schedule.runManually"
METHOD = "POST"
PATH = "/schedule.runManually"


def _get_kwargs(
    *,
    body: ScheduleRunManuallyBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ScheduleRunManuallyResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ScheduleRunManuallyResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ScheduleRunManuallyResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ScheduleRunManuallyBody,
    client: SyncEngine,
) -> ScheduleRunManuallyResult:
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
    body: ScheduleRunManuallyBody,
    client: AsyncEngine,
) -> ScheduleRunManuallyResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`schedule.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.schedule import Schedule
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "schedule.one"
METHOD = "GET"
PATH = "/schedule.one"


def _get_kwargs(
    *,
    schedule_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["scheduleId"] = schedule_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Schedule:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Schedule.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Schedule", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    schedule_id: str,
    client: SyncEngine,
) -> Schedule:
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
) -> Schedule:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                schedule_id=schedule_id,
            ),
        )
    )

"""`schedule.list`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.schedule_list_item import ScheduleListItem
    from ...models.schedule_list_schedule_type import ScheduleListScheduleType

OPERATION = "schedule.list"
METHOD = "GET"
PATH = "/schedule.list"


def _get_kwargs(
    *,
    id: str,
    schedule_type: ScheduleListScheduleType,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["id"] = id

    json_schedule_type: str = schedule_type
    params["scheduleType"] = json_schedule_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[ScheduleListItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.schedule_list_item import ScheduleListItem  # noqa: PLC0415

            response_200_item = ScheduleListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[ScheduleListItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    id: str,
    schedule_type: ScheduleListScheduleType,
    client: SyncEngine,
) -> list[ScheduleListItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                schedule_type=schedule_type,
            ),
        )
    )


async def asyncio(
    *,
    id: str,
    schedule_type: ScheduleListScheduleType,
    client: AsyncEngine,
) -> list[ScheduleListItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                schedule_type=schedule_type,
            ),
        )
    )

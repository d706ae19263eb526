"""`environment.byProjectId`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.environment_by_project_id_item import EnvironmentByProjectIdItem

OPERATION = "environment.byProjectId"
METHOD = "GET"
PATH = "/environment.byProjectId"


def _get_kwargs(
    *,
    project_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[EnvironmentByProjectIdItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.environment_by_project_id_item import EnvironmentByProjectIdItem  # noqa: PLC0415

            response_200_item = EnvironmentByProjectIdItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[EnvironmentByProjectIdItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    project_id: str,
    client: SyncEngine,
) -> list[EnvironmentByProjectIdItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
            ),
        )
    )


async def asyncio(
    *,
    project_id: str,
    client: AsyncEngine,
) -> list[EnvironmentByProjectIdItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
            ),
        )
    )

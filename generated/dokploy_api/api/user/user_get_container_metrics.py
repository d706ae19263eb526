"""`user.getContainerMetrics`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_get_container_metrics_item import UserGetContainerMetricsItem

OPERATION = "user.getContainerMetrics"
METHOD = "GET"
PATH = "/user.getContainerMetrics"


def _get_kwargs(
    *,
    url_query: str,
    token: str,
    app_name: str,
    data_points: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["url"] = url_query

    params["token"] = token

    params["appName"] = app_name

    params["dataPoints"] = data_points

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[UserGetContainerMetricsItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.user_get_container_metrics_item import UserGetContainerMetricsItem  # noqa: PLC0415

            response_200_item = UserGetContainerMetricsItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[UserGetContainerMetricsItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    url_query: str,
    token: str,
    app_name: str,
    data_points: str,
    client: SyncEngine,
) -> list[UserGetContainerMetricsItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                url_query=url_query,
                token=token,
                app_name=app_name,
                data_points=data_points,
            ),
        )
    )


async def asyncio(
    *,
    url_query: str,
    token: str,
    app_name: str,
    data_points: str,
    client: AsyncEngine,
) -> list[UserGetContainerMetricsItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                url_query=url_query,
                token=token,
                app_name=app_name,
                data_points=data_points,
            ),
        )
    )

"""`docker.getStackContainersByAppName`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_get_service_containers_by_app_name_item import DockerGetServiceContainersByAppNameItem

OPERATION = "docker.getStackContainersByAppName"
METHOD = "GET"
PATH = "/docker.getStackContainersByAppName"


def _get_kwargs(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["appName"] = app_name

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[DockerGetServiceContainersByAppNameItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.docker_get_service_containers_by_app_name_item import (
                DockerGetServiceContainersByAppNameItem,  # noqa: PLC0415
            )

            response_200_item = DockerGetServiceContainersByAppNameItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[DockerGetServiceContainersByAppNameItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[DockerGetServiceContainersByAppNameItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                app_name=app_name,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[DockerGetServiceContainersByAppNameItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                app_name=app_name,
                server_id=server_id,
            ),
        )
    )

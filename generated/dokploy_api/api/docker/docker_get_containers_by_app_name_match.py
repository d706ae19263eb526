"""`docker.getContainersByAppNameMatch`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_get_containers_by_app_name_match_app_type import DockerGetContainersByAppNameMatchAppType
    from ...models.docker_get_containers_by_app_name_match_item import DockerGetContainersByAppNameMatchItem

OPERATION = "docker.getContainersByAppNameMatch"
METHOD = "GET"
PATH = "/docker.getContainersByAppNameMatch"


def _get_kwargs(
    *,
    app_type: DockerGetContainersByAppNameMatchAppType | Unset = UNSET,
    app_name: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_app_type: str | Unset = UNSET
    if not isinstance(app_type, Unset):
        json_app_type = app_type

    params["appType"] = json_app_type

    params["appName"] = app_name

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[DockerGetContainersByAppNameMatchItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.docker_get_containers_by_app_name_match_item import (
                DockerGetContainersByAppNameMatchItem,  # noqa: PLC0415
            )

            response_200_item = DockerGetContainersByAppNameMatchItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[DockerGetContainersByAppNameMatchItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    app_type: DockerGetContainersByAppNameMatchAppType | Unset = UNSET,
    app_name: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[DockerGetContainersByAppNameMatchItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                app_type=app_type,
                app_name=app_name,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    app_type: DockerGetContainersByAppNameMatchAppType | Unset = UNSET,
    app_name: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[DockerGetContainersByAppNameMatchItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                app_type=app_type,
                app_name=app_name,
                server_id=server_id,
            ),
        )
    )

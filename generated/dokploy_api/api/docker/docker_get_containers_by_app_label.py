"""`docker.getContainersByAppLabel`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_get_containers_by_app_label_item import DockerGetContainersByAppLabelItem
    from ...models.docker_get_containers_by_app_label_type import DockerGetContainersByAppLabelType

OPERATION = "docker.getContainersByAppLabel"
METHOD = "GET"
PATH = "/docker.getContainersByAppLabel"


def _get_kwargs(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
    type_: DockerGetContainersByAppLabelType,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["appName"] = app_name

    params["serverId"] = server_id

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[DockerGetContainersByAppLabelItem] | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> list[DockerGetContainersByAppLabelItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    from dokploy_api.models.docker_get_containers_by_app_label_item import (
                        DockerGetContainersByAppLabelItem,  # noqa: PLC0415
                    )

                    response_200_type_0_item = DockerGetContainersByAppLabelItem.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DockerGetContainersByAppLabelItem] | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[DockerGetContainersByAppLabelItem] | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
    type_: DockerGetContainersByAppLabelType,
    client: SyncEngine,
) -> list[DockerGetContainersByAppLabelItem] | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                app_name=app_name,
                server_id=server_id,
                type_=type_,
            ),
        )
    )


async def asyncio(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
    type_: DockerGetContainersByAppLabelType,
    client: AsyncEngine,
) -> list[DockerGetContainersByAppLabelItem] | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                app_name=app_name,
                server_id=server_id,
                type_=type_,
            ),
        )
    )

"""`docker.getContainersByAppLabel`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_get_containers_by_app_label_type import (
        DockerGetContainersByAppLabelType,
    )

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


def parse(data: Any) -> list[Any]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = cast(list[Any], data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[Any]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    app_name: str,
    server_id: str | Unset = UNSET,
    type_: DockerGetContainersByAppLabelType,
    client: SyncEngine,
) -> list[Any]:
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
) -> list[Any]:
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

"""`dockerVolume.readVolumeFile`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.docker_read_container_file_result import DockerReadContainerFileResult
from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "dockerVolume.readVolumeFile"
METHOD = "GET"
PATH = "/dockerVolume.readVolumeFile"


def _get_kwargs(
    *,
    volume_name: str,
    path: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["volumeName"] = volume_name

    params["path"] = path

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> DockerReadContainerFileResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DockerReadContainerFileResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DockerReadContainerFileResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    volume_name: str,
    path: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> DockerReadContainerFileResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                volume_name=volume_name,
                path=path,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    volume_name: str,
    path: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> DockerReadContainerFileResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                volume_name=volume_name,
                path=path,
                server_id=server_id,
            ),
        )
    )

"""`docker.getContainers`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_get_containers_item import DockerGetContainersItem

OPERATION = "docker.getContainers"
METHOD = "GET"
PATH = "/docker.getContainers"


def _get_kwargs(
    *,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[DockerGetContainersItem] | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> list[DockerGetContainersItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    from dokploy_api.models.docker_get_containers_item import DockerGetContainersItem  # noqa: PLC0415

                    response_200_type_0_item = DockerGetContainersItem.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DockerGetContainersItem] | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[DockerGetContainersItem] | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[DockerGetContainersItem] | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[DockerGetContainersItem] | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )

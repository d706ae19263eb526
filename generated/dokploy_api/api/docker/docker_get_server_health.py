"""`docker.getServerHealth`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.docker_get_server_health_result import DockerGetServerHealthResult
from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "docker.getServerHealth"
METHOD = "GET"
PATH = "/docker.getServerHealth"


def _get_kwargs(
    *,
    server_id: str | Unset = UNSET,
    since_hours: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["serverId"] = server_id

    params["sinceHours"] = since_hours

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> DockerGetServerHealthResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DockerGetServerHealthResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DockerGetServerHealthResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str | Unset = UNSET,
    since_hours: int | Unset = UNSET,
    client: SyncEngine,
) -> DockerGetServerHealthResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
                since_hours=since_hours,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str | Unset = UNSET,
    since_hours: int | Unset = UNSET,
    client: AsyncEngine,
) -> DockerGetServerHealthResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
                since_hours=since_hours,
            ),
        )
    )

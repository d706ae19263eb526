"""`docker.getEvents`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.docker_get_events_result import DockerGetEventsResult
from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "docker.getEvents"
METHOD = "GET"
PATH = "/docker.getEvents"


def _get_kwargs(
    *,
    server_id: str | Unset = UNSET,
    minutes: float | Unset = 15.0,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["serverId"] = server_id

    params["minutes"] = minutes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> DockerGetEventsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DockerGetEventsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DockerGetEventsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str | Unset = UNSET,
    minutes: float | Unset = 15.0,
    client: SyncEngine,
) -> DockerGetEventsResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
                minutes=minutes,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str | Unset = UNSET,
    minutes: float | Unset = 15.0,
    client: AsyncEngine,
) -> DockerGetEventsResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
                minutes=minutes,
            ),
        )
    )

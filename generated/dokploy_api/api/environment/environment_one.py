"""`environment.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.environment import Environment
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "environment.one"
METHOD = "GET"
PATH = "/environment.one"


def _get_kwargs(
    *,
    environment_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["environmentId"] = environment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Environment:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Environment.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Environment", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    environment_id: str,
    client: SyncEngine,
) -> Environment:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
            ),
        )
    )


async def asyncio(
    *,
    environment_id: str,
    client: AsyncEngine,
) -> Environment:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
            ),
        )
    )

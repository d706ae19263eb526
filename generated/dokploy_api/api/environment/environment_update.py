"""`environment.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.environment import Environment
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.environment_update_body import EnvironmentUpdateBody

OPERATION = "environment.update"
METHOD = "POST"
PATH = "/environment.update"


def _get_kwargs(
    *,
    body: EnvironmentUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

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
    body: EnvironmentUpdateBody,
    client: SyncEngine,
) -> Environment:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: EnvironmentUpdateBody,
    client: AsyncEngine,
) -> Environment:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`environment.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.environment_create_result import EnvironmentCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.environment_create_body import EnvironmentCreateBody

OPERATION = "environment.create"
METHOD = "POST"
PATH = "/environment.create"


def _get_kwargs(
    *,
    body: EnvironmentCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> EnvironmentCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = EnvironmentCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("EnvironmentCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: EnvironmentCreateBody,
    client: SyncEngine,
) -> EnvironmentCreateResult:
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
    body: EnvironmentCreateBody,
    client: AsyncEngine,
) -> EnvironmentCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`project.duplicate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.environment import Environment
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.project_duplicate_body import ProjectDuplicateBody

OPERATION = "project.duplicate"
METHOD = "POST"
PATH = "/project.duplicate"


def _get_kwargs(
    *,
    body: ProjectDuplicateBody,
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
    body: ProjectDuplicateBody,
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
    body: ProjectDuplicateBody,
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

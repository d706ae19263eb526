"""`project.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project_create_result import ProjectCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.project_create_body import ProjectCreateBody

OPERATION = "project.create"
METHOD = "POST"
PATH = "/project.create"


def _get_kwargs(
    *,
    body: ProjectCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ProjectCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ProjectCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ProjectCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ProjectCreateBody,
    client: SyncEngine,
) -> ProjectCreateResult:
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
    body: ProjectCreateBody,
    client: AsyncEngine,
) -> ProjectCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

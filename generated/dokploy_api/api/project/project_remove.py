"""`project.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project import Project
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.project_remove_body import ProjectRemoveBody

OPERATION = "project.remove"
METHOD = "POST"
PATH = "/project.remove"


def _get_kwargs(
    *,
    body: ProjectRemoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Project:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Project.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Project", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ProjectRemoveBody,
    client: SyncEngine,
) -> Project:
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
    body: ProjectRemoveBody,
    client: AsyncEngine,
) -> Project:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`project.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project import Project
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "project.one"
METHOD = "GET"
PATH = "/project.one"


def _get_kwargs(
    *,
    project_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    project_id: str,
    client: SyncEngine,
) -> Project:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
            ),
        )
    )


async def asyncio(
    *,
    project_id: str,
    client: AsyncEngine,
) -> Project:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
            ),
        )
    )

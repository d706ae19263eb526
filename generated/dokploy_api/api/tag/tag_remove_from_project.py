"""`tag.removeFromProject`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitea_update_result import GiteaUpdateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "tag.removeFromProject"
METHOD = "POST"
PATH = "/tag.removeFromProject"


def _get_kwargs(
    *,
    project_id: str,
    tag_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "projectId": project_id,
                "tagId": tag_id,
            }
        ),
    }


def parse(data: Any) -> GiteaUpdateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = GiteaUpdateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GiteaUpdateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    project_id: str,
    tag_id: str,
    client: SyncEngine,
) -> GiteaUpdateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
                tag_id=tag_id,
            ),
        )
    )


async def asyncio(
    *,
    project_id: str,
    tag_id: str,
    client: AsyncEngine,
) -> GiteaUpdateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
                tag_id=tag_id,
            ),
        )
    )

"""`tag.assignToProject`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.tag_assign_to_project_result import TagAssignToProjectResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "tag.assignToProject"
METHOD = "POST"
PATH = "/tag.assignToProject"


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


def parse(data: Any) -> None | TagAssignToProjectResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | TagAssignToProjectResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TagAssignToProjectResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TagAssignToProjectResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | TagAssignToProjectResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    project_id: str,
    tag_id: str,
    client: SyncEngine,
) -> None | TagAssignToProjectResult:
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
) -> None | TagAssignToProjectResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
                tag_id=tag_id,
            ),
        )
    )

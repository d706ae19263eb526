"""`tag.assignToProject`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project_tag import ProjectTag
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.tag_assign_to_project_body import TagAssignToProjectBody

OPERATION = "tag.assignToProject"
METHOD = "POST"
PATH = "/tag.assignToProject"


def _get_kwargs(
    *,
    body: TagAssignToProjectBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ProjectTag:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ProjectTag.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ProjectTag", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: TagAssignToProjectBody,
    client: SyncEngine,
) -> ProjectTag:
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
    body: TagAssignToProjectBody,
    client: AsyncEngine,
) -> ProjectTag:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

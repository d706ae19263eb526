"""`user.toggleTemplateBookmark`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_toggle_template_bookmark_result import UserToggleTemplateBookmarkResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.toggleTemplateBookmark"
METHOD = "POST"
PATH = "/user.toggleTemplateBookmark"


def _get_kwargs(
    *,
    template_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "templateId": template_id,
            }
        ),
    }


def parse(data: Any) -> UserToggleTemplateBookmarkResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = UserToggleTemplateBookmarkResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("UserToggleTemplateBookmarkResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    template_id: str,
    client: SyncEngine,
) -> UserToggleTemplateBookmarkResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                template_id=template_id,
            ),
        )
    )


async def asyncio(
    *,
    template_id: str,
    client: AsyncEngine,
) -> UserToggleTemplateBookmarkResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                template_id=template_id,
            ),
        )
    )

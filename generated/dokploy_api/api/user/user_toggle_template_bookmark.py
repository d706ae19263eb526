"""`user.toggleTemplateBookmark`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_toggle_template_bookmark_result import UserToggleTemplateBookmarkResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_toggle_template_bookmark_body import UserToggleTemplateBookmarkBody

OPERATION = "user.toggleTemplateBookmark"
METHOD = "POST"
PATH = "/user.toggleTemplateBookmark"


def _get_kwargs(
    *,
    body: UserToggleTemplateBookmarkBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> UserToggleTemplateBookmarkResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = UserToggleTemplateBookmarkResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("UserToggleTemplateBookmarkResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: UserToggleTemplateBookmarkBody,
    client: SyncEngine,
) -> UserToggleTemplateBookmarkResult:
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
    body: UserToggleTemplateBookmarkBody,
    client: AsyncEngine,
) -> UserToggleTemplateBookmarkResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

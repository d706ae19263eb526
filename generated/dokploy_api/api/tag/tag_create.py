"""`tag.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.tag import Tag
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.tag_create_body import TagCreateBody

OPERATION = "tag.create"
METHOD = "POST"
PATH = "/tag.create"


def _get_kwargs(
    *,
    body: TagCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Tag:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Tag.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Tag", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: TagCreateBody,
    client: SyncEngine,
) -> Tag:
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
    body: TagCreateBody,
    client: AsyncEngine,
) -> Tag:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

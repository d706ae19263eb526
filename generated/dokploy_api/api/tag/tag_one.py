"""`tag.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.tag import Tag
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "tag.one"
METHOD = "GET"
PATH = "/tag.one"


def _get_kwargs(
    *,
    tag_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["tagId"] = tag_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    tag_id: str,
    client: SyncEngine,
) -> Tag:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                tag_id=tag_id,
            ),
        )
    )


async def asyncio(
    *,
    tag_id: str,
    client: AsyncEngine,
) -> Tag:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                tag_id=tag_id,
            ),
        )
    )

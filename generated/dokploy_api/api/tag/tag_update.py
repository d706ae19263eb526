"""`tag.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.tag import Tag
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "tag.update"
METHOD = "POST"
PATH = "/tag.update"


def _get_kwargs(
    *,
    tag_id: str,
    name: str | Unset = UNSET,
    color: None | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "tagId": tag_id,
                "name": name,
                "color": color,
                "createdAt": created_at,
                "organizationId": organization_id,
            }
        ),
    }


def parse(data: Any) -> None | Tag:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | Tag:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Tag.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tag, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | Tag", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    tag_id: str,
    name: str | Unset = UNSET,
    color: None | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    client: SyncEngine,
) -> None | Tag:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                tag_id=tag_id,
                name=name,
                color=color,
                created_at=created_at,
                organization_id=organization_id,
            ),
        )
    )


async def asyncio(
    *,
    tag_id: str,
    name: str | Unset = UNSET,
    color: None | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> None | Tag:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                tag_id=tag_id,
                name=name,
                color=color,
                created_at=created_at,
                organization_id=organization_id,
            ),
        )
    )

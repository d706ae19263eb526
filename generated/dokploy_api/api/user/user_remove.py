"""`user.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_remove_body import UserRemoveBody

OPERATION = "user.remove"
METHOD = "POST"
PATH = "/user.remove"


def _get_kwargs(
    *,
    body: UserRemoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> bool | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = cast("bool | None", data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("bool | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: UserRemoveBody,
    client: SyncEngine,
) -> bool | None:
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
    body: UserRemoveBody,
    client: AsyncEngine,
) -> bool | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

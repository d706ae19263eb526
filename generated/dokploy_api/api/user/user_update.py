"""`user.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user import User
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_update_body import UserUpdateBody

OPERATION = "user.update"
METHOD = "POST"
PATH = "/user.update"


def _get_kwargs(
    *,
    body: UserUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> User:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = User.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("User", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: UserUpdateBody,
    client: SyncEngine,
) -> User:
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
    body: UserUpdateBody,
    client: AsyncEngine,
) -> User:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

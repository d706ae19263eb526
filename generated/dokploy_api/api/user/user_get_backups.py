"""`user.getBackups`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user import User
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.getBackups"
METHOD = "GET"
PATH = "/user.getBackups"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
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
    client: SyncEngine,
) -> User:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> User:
    return parse(await client.request(OPERATION, **_get_kwargs()))

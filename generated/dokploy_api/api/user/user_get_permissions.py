"""`user.getPermissions`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_get_permissions_result import UserGetPermissionsResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.getPermissions"
METHOD = "GET"
PATH = "/user.getPermissions"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> UserGetPermissionsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = UserGetPermissionsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("UserGetPermissionsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> UserGetPermissionsResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> UserGetPermissionsResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))

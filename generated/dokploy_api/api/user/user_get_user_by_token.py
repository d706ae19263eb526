"""`user.getUserByToken`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_get_user_by_token_result import UserGetUserByTokenResult
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.getUserByToken"
METHOD = "GET"
PATH = "/user.getUserByToken"


def _get_kwargs(
    *,
    token: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> UserGetUserByTokenResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = UserGetUserByTokenResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("UserGetUserByTokenResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    token: str,
    client: SyncEngine,
) -> UserGetUserByTokenResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                token=token,
            ),
        )
    )


async def asyncio(
    *,
    token: str,
    client: AsyncEngine,
) -> UserGetUserByTokenResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                token=token,
            ),
        )
    )

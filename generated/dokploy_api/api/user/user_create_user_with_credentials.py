"""`user.createUserWithCredentials`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_create_user_with_credentials_result import UserCreateUserWithCredentialsResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_create_user_with_credentials_body import UserCreateUserWithCredentialsBody

OPERATION = "user.createUserWithCredentials"
METHOD = "POST"
PATH = "/user.createUserWithCredentials"


def _get_kwargs(
    *,
    body: UserCreateUserWithCredentialsBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> UserCreateUserWithCredentialsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = UserCreateUserWithCredentialsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("UserCreateUserWithCredentialsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: UserCreateUserWithCredentialsBody,
    client: SyncEngine,
) -> UserCreateUserWithCredentialsResult:
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
    body: UserCreateUserWithCredentialsBody,
    client: AsyncEngine,
) -> UserCreateUserWithCredentialsResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

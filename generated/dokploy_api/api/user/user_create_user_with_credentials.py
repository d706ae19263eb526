"""`user.createUserWithCredentials`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_create_user_with_credentials_result import UserCreateUserWithCredentialsResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.createUserWithCredentials"
METHOD = "POST"
PATH = "/user.createUserWithCredentials"


def _get_kwargs(
    *,
    email: str,
    password: str,
    role: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "email": email,
                "password": password,
                "role": role,
            }
        ),
    }


def parse(data: Any) -> UserCreateUserWithCredentialsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = UserCreateUserWithCredentialsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("UserCreateUserWithCredentialsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    email: str,
    password: str,
    role: str,
    client: SyncEngine,
) -> UserCreateUserWithCredentialsResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                email=email,
                password=password,
                role=role,
            ),
        )
    )


async def asyncio(
    *,
    email: str,
    password: str,
    role: str,
    client: AsyncEngine,
) -> UserCreateUserWithCredentialsResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                email=email,
                password=password,
                role=role,
            ),
        )
    )

"""`user.createApiKey`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_create_api_key_result import UserCreateApiKeyResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_create_api_key_body import UserCreateApiKeyBody

OPERATION = "user.createApiKey"
METHOD = "POST"
PATH = "/user.createApiKey"


def _get_kwargs(
    *,
    body: UserCreateApiKeyBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> UserCreateApiKeyResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = UserCreateApiKeyResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("UserCreateApiKeyResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: UserCreateApiKeyBody,
    client: SyncEngine,
) -> UserCreateApiKeyResult:
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
    body: UserCreateApiKeyBody,
    client: AsyncEngine,
) -> UserCreateApiKeyResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

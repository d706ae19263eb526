"""`user.createApiKey`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_create_api_key_result import UserCreateApiKeyResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_create_api_key_body_metadata import UserCreateApiKeyBodyMetadata

OPERATION = "user.createApiKey"
METHOD = "POST"
PATH = "/user.createApiKey"


def _get_kwargs(
    *,
    name: str,
    metadata: UserCreateApiKeyBodyMetadata,
    prefix: str | Unset = UNSET,
    expires_in: float | Unset = UNSET,
    rate_limit_enabled: bool | Unset = UNSET,
    rate_limit_time_window: float | Unset = UNSET,
    rate_limit_max: float | Unset = UNSET,
    remaining: float | Unset = UNSET,
    refill_amount: float | Unset = UNSET,
    refill_interval: float | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "metadata": metadata,
                "prefix": prefix,
                "expiresIn": expires_in,
                "rateLimitEnabled": rate_limit_enabled,
                "rateLimitTimeWindow": rate_limit_time_window,
                "rateLimitMax": rate_limit_max,
                "remaining": remaining,
                "refillAmount": refill_amount,
                "refillInterval": refill_interval,
            }
        ),
    }


def parse(data: Any) -> UserCreateApiKeyResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = UserCreateApiKeyResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("UserCreateApiKeyResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    metadata: UserCreateApiKeyBodyMetadata,
    prefix: str | Unset = UNSET,
    expires_in: float | Unset = UNSET,
    rate_limit_enabled: bool | Unset = UNSET,
    rate_limit_time_window: float | Unset = UNSET,
    rate_limit_max: float | Unset = UNSET,
    remaining: float | Unset = UNSET,
    refill_amount: float | Unset = UNSET,
    refill_interval: float | Unset = UNSET,
    client: SyncEngine,
) -> UserCreateApiKeyResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                metadata=metadata,
                prefix=prefix,
                expires_in=expires_in,
                rate_limit_enabled=rate_limit_enabled,
                rate_limit_time_window=rate_limit_time_window,
                rate_limit_max=rate_limit_max,
                remaining=remaining,
                refill_amount=refill_amount,
                refill_interval=refill_interval,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    metadata: UserCreateApiKeyBodyMetadata,
    prefix: str | Unset = UNSET,
    expires_in: float | Unset = UNSET,
    rate_limit_enabled: bool | Unset = UNSET,
    rate_limit_time_window: float | Unset = UNSET,
    rate_limit_max: float | Unset = UNSET,
    remaining: float | Unset = UNSET,
    refill_amount: float | Unset = UNSET,
    refill_interval: float | Unset = UNSET,
    client: AsyncEngine,
) -> UserCreateApiKeyResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                metadata=metadata,
                prefix=prefix,
                expires_in=expires_in,
                rate_limit_enabled=rate_limit_enabled,
                rate_limit_time_window=rate_limit_time_window,
                rate_limit_max=rate_limit_max,
                remaining=remaining,
                refill_amount=refill_amount,
                refill_interval=refill_interval,
            ),
        )
    )

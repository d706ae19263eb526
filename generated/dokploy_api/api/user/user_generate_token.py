"""`user.generateToken`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.user_generate_token_result import UserGenerateTokenResult

OPERATION = "user.generateToken"
METHOD = "POST"
PATH = "/user.generateToken"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> UserGenerateTokenResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("UserGenerateTokenResult", data)


def sync(
    *,
    client: SyncEngine,
) -> UserGenerateTokenResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> UserGenerateTokenResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))

"""`user.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.member import Member
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.one"
METHOD = "GET"
PATH = "/user.one"


def _get_kwargs(
    *,
    user_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Member:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Member.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Member", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    user_id: str,
    client: SyncEngine,
) -> Member:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                user_id=user_id,
            ),
        )
    )


async def asyncio(
    *,
    user_id: str,
    client: AsyncEngine,
) -> Member:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                user_id=user_id,
            ),
        )
    )

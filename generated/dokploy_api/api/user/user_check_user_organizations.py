"""`user.checkUserOrganizations`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.checkUserOrganizations"
METHOD = "GET"
PATH = "/user.checkUserOrganizations"


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


def parse(data: Any) -> float:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(float, data)


def sync(
    *,
    user_id: str,
    client: SyncEngine,
) -> float:
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
) -> float:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                user_id=user_id,
            ),
        )
    )

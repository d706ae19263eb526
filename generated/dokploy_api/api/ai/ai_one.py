"""`ai.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ai import Ai
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "ai.one"
METHOD = "GET"
PATH = "/ai.one"


def _get_kwargs(
    *,
    ai_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["aiId"] = ai_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Ai:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Ai.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Ai", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    ai_id: str,
    client: SyncEngine,
) -> Ai:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
            ),
        )
    )


async def asyncio(
    *,
    ai_id: str,
    client: AsyncEngine,
) -> Ai:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
            ),
        )
    )

"""`compose.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose import Compose
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.one"
METHOD = "GET"
PATH = "/compose.one"


def _get_kwargs(
    *,
    compose_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["composeId"] = compose_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Compose:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Compose.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Compose", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    compose_id: str,
    client: SyncEngine,
) -> Compose:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    client: AsyncEngine,
) -> Compose:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
            ),
        )
    )

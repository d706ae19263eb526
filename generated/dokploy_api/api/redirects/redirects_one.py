"""`redirects.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redirect import Redirect
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "redirects.one"
METHOD = "GET"
PATH = "/redirects.one"


def _get_kwargs(
    *,
    redirect_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["redirectId"] = redirect_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Redirect:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Redirect.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Redirect", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    redirect_id: str,
    client: SyncEngine,
) -> Redirect:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                redirect_id=redirect_id,
            ),
        )
    )


async def asyncio(
    *,
    redirect_id: str,
    client: AsyncEngine,
) -> Redirect:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                redirect_id=redirect_id,
            ),
        )
    )

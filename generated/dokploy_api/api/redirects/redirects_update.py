"""`redirects.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redirect import Redirect
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.redirects_update_body import RedirectsUpdateBody

OPERATION = "redirects.update"
METHOD = "POST"
PATH = "/redirects.update"


def _get_kwargs(
    *,
    body: RedirectsUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

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
    body: RedirectsUpdateBody,
    client: SyncEngine,
) -> Redirect:
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
    body: RedirectsUpdateBody,
    client: AsyncEngine,
) -> Redirect:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

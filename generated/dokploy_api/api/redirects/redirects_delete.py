"""`redirects.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redirect import Redirect
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.redirects_delete_body import RedirectsDeleteBody

OPERATION = "redirects.delete"
METHOD = "POST"
PATH = "/redirects.delete"


def _get_kwargs(
    *,
    body: RedirectsDeleteBody,
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
    body: RedirectsDeleteBody,
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
    body: RedirectsDeleteBody,
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

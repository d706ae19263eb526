"""`redirects.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.redirect import Redirect
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "redirects.update"
METHOD = "POST"
PATH = "/redirects.update"


def _get_kwargs(
    *,
    redirect_id: str,
    regex: str,
    replacement: str,
    permanent: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "redirectId": redirect_id,
                "regex": regex,
                "replacement": replacement,
                "permanent": permanent,
            }
        ),
    }


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
    regex: str,
    replacement: str,
    permanent: bool,
    client: SyncEngine,
) -> Redirect:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                redirect_id=redirect_id,
                regex=regex,
                replacement=replacement,
                permanent=permanent,
            ),
        )
    )


async def asyncio(
    *,
    redirect_id: str,
    regex: str,
    replacement: str,
    permanent: bool,
    client: AsyncEngine,
) -> Redirect:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                redirect_id=redirect_id,
                regex=regex,
                replacement=replacement,
                permanent=permanent,
            ),
        )
    )

"""`bitbucket.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.bitbucket import Bitbucket
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.bitbucket_update_body import BitbucketUpdateBody

OPERATION = "bitbucket.update"
METHOD = "POST"
PATH = "/bitbucket.update"


def _get_kwargs(
    *,
    body: BitbucketUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Bitbucket:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Bitbucket.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Bitbucket", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: BitbucketUpdateBody,
    client: SyncEngine,
) -> Bitbucket:
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
    body: BitbucketUpdateBody,
    client: AsyncEngine,
) -> Bitbucket:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

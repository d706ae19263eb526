"""`bitbucket.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.bitbucket import Bitbucket
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "bitbucket.one"
METHOD = "GET"
PATH = "/bitbucket.one"


def _get_kwargs(
    *,
    bitbucket_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["bitbucketId"] = bitbucket_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    bitbucket_id: str,
    client: SyncEngine,
) -> Bitbucket:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                bitbucket_id=bitbucket_id,
            ),
        )
    )


async def asyncio(
    *,
    bitbucket_id: str,
    client: AsyncEngine,
) -> Bitbucket:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                bitbucket_id=bitbucket_id,
            ),
        )
    )

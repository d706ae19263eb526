"""`bitbucket.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.bitbucket_update_result import BitbucketUpdateResult
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


def parse(data: Any) -> BitbucketUpdateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> BitbucketUpdateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BitbucketUpdateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BitbucketUpdateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("BitbucketUpdateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: BitbucketUpdateBody,
    client: SyncEngine,
) -> BitbucketUpdateResult | None:
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
) -> BitbucketUpdateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

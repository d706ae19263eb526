"""`whitelabeling.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.whitelabeling_update_response_200 import WhitelabelingUpdateResponse200
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.whitelabeling_update_body import WhitelabelingUpdateBody

OPERATION = "whitelabeling.update"
METHOD = "POST"
PATH = "/whitelabeling.update"


def _get_kwargs(
    *,
    body: WhitelabelingUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> WhitelabelingUpdateResponse200:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = WhitelabelingUpdateResponse200.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("WhitelabelingUpdateResponse200", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: WhitelabelingUpdateBody,
    client: SyncEngine,
) -> WhitelabelingUpdateResponse200:
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
    body: WhitelabelingUpdateBody,
    client: AsyncEngine,
) -> WhitelabelingUpdateResponse200:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

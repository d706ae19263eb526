"""`compose.cleanQueues`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_clean_queues_result import ComposeCleanQueuesResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_clean_queues_body import ComposeCleanQueuesBody

OPERATION = "compose.cleanQueues"
METHOD = "POST"
PATH = "/compose.cleanQueues"


def _get_kwargs(
    *,
    body: ComposeCleanQueuesBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ComposeCleanQueuesResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ComposeCleanQueuesResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposeCleanQueuesResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ComposeCleanQueuesBody,
    client: SyncEngine,
) -> ComposeCleanQueuesResult:
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
    body: ComposeCleanQueuesBody,
    client: AsyncEngine,
) -> ComposeCleanQueuesResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`server.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.server_create_result import ServerCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.server_create_body import ServerCreateBody

OPERATION = "server.create"
METHOD = "POST"
PATH = "/server.create"


def _get_kwargs(
    *,
    body: ServerCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ServerCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ServerCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ServerCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ServerCreateBody,
    client: SyncEngine,
) -> ServerCreateResult:
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
    body: ServerCreateBody,
    client: AsyncEngine,
) -> ServerCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

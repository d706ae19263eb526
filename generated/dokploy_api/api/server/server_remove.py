"""`server.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.server import Server
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.server_remove_body import ServerRemoveBody

OPERATION = "server.remove"
METHOD = "POST"
PATH = "/server.remove"


def _get_kwargs(
    *,
    body: ServerRemoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Server:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Server.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Server", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ServerRemoveBody,
    client: SyncEngine,
) -> Server:
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
    body: ServerRemoveBody,
    client: AsyncEngine,
) -> Server:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

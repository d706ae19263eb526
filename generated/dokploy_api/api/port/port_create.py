"""`port.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.port_create_result import PortCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.port_create_body import PortCreateBody

OPERATION = "port.create"
METHOD = "POST"
PATH = "/port.create"


def _get_kwargs(
    *,
    body: PortCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> PortCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = PortCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("PortCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: PortCreateBody,
    client: SyncEngine,
) -> PortCreateResult:
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
    body: PortCreateBody,
    client: AsyncEngine,
) -> PortCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`compose.fetchSourceType`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_fetch_source_type_body import ComposeFetchSourceTypeBody
    from ...models.compose_fetch_source_type_result import (
        ComposeFetchSourceTypeResult,
    )

OPERATION = "compose.fetchSourceType"
METHOD = "POST"
PATH = "/compose.fetchSourceType"


def _get_kwargs(
    *,
    body: ComposeFetchSourceTypeBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ComposeFetchSourceTypeResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = cast("ComposeFetchSourceTypeResult", data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposeFetchSourceTypeResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ComposeFetchSourceTypeBody,
    client: SyncEngine,
) -> ComposeFetchSourceTypeResult:
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
    body: ComposeFetchSourceTypeBody,
    client: AsyncEngine,
) -> ComposeFetchSourceTypeResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`compose.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_delete_result import ComposeDeleteResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_delete_body import ComposeDeleteBody

OPERATION = "compose.delete"
METHOD = "POST"
PATH = "/compose.delete"


def _get_kwargs(
    *,
    body: ComposeDeleteBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ComposeDeleteResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ComposeDeleteResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposeDeleteResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ComposeDeleteBody,
    client: SyncEngine,
) -> ComposeDeleteResult:
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
    body: ComposeDeleteBody,
    client: AsyncEngine,
) -> ComposeDeleteResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

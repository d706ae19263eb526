"""`compose.import`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ai_test_connection_result import AiTestConnectionResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_import_body import ComposeImportBody

OPERATION = "compose.import"
METHOD = "POST"
PATH = "/compose.import"


def _get_kwargs(
    *,
    body: ComposeImportBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> AiTestConnectionResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = AiTestConnectionResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AiTestConnectionResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ComposeImportBody,
    client: SyncEngine,
) -> AiTestConnectionResult:
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
    body: ComposeImportBody,
    client: AsyncEngine,
) -> AiTestConnectionResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

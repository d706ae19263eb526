"""`compose.processTemplate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_preview_template_result import ComposePreviewTemplateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.processTemplate"
METHOD = "POST"
PATH = "/compose.processTemplate"


def _get_kwargs(
    *,
    base64: str,
    compose_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "base64": base64,
                "composeId": compose_id,
            }
        ),
    }


def parse(data: Any) -> ComposePreviewTemplateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ComposePreviewTemplateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposePreviewTemplateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    base64: str,
    compose_id: str,
    client: SyncEngine,
) -> ComposePreviewTemplateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                base64=base64,
                compose_id=compose_id,
            ),
        )
    )


async def asyncio(
    *,
    base64: str,
    compose_id: str,
    client: AsyncEngine,
) -> ComposePreviewTemplateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                base64=base64,
                compose_id=compose_id,
            ),
        )
    )

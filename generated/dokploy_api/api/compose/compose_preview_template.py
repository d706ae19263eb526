"""`compose.previewTemplate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_preview_template_result import ComposePreviewTemplateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.previewTemplate"
METHOD = "POST"
PATH = "/compose.previewTemplate"


def _get_kwargs(
    *,
    base64: str,
    app_name: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "base64": base64,
                "appName": app_name,
                "serverId": server_id,
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
    app_name: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> ComposePreviewTemplateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                base64=base64,
                app_name=app_name,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    base64: str,
    app_name: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> ComposePreviewTemplateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                base64=base64,
                app_name=app_name,
                server_id=server_id,
            ),
        )
    )

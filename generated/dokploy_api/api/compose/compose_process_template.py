"""`compose.processTemplate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_preview_template_result import ComposePreviewTemplateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_process_template_body import ComposeProcessTemplateBody

OPERATION = "compose.processTemplate"
METHOD = "POST"
PATH = "/compose.processTemplate"


def _get_kwargs(
    *,
    body: ComposeProcessTemplateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ComposePreviewTemplateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ComposePreviewTemplateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposePreviewTemplateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ComposeProcessTemplateBody,
    client: SyncEngine,
) -> ComposePreviewTemplateResult:
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
    body: ComposeProcessTemplateBody,
    client: AsyncEngine,
) -> ComposePreviewTemplateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

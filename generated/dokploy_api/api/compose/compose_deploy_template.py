"""`compose.deployTemplate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_create_result import ComposeCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_deploy_template_body import ComposeDeployTemplateBody

OPERATION = "compose.deployTemplate"
METHOD = "POST"
PATH = "/compose.deployTemplate"


def _get_kwargs(
    *,
    body: ComposeDeployTemplateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ComposeCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ComposeCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposeCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ComposeDeployTemplateBody,
    client: SyncEngine,
) -> ComposeCreateResult:
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
    body: ComposeDeployTemplateBody,
    client: AsyncEngine,
) -> ComposeCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

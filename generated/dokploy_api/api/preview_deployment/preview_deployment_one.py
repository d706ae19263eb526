"""`previewDeployment.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.preview_deployments import PreviewDeployments
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "previewDeployment.one"
METHOD = "GET"
PATH = "/previewDeployment.one"


def _get_kwargs(
    *,
    preview_deployment_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["previewDeploymentId"] = preview_deployment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> PreviewDeployments:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = PreviewDeployments.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("PreviewDeployments", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    preview_deployment_id: str,
    client: SyncEngine,
) -> PreviewDeployments:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                preview_deployment_id=preview_deployment_id,
            ),
        )
    )


async def asyncio(
    *,
    preview_deployment_id: str,
    client: AsyncEngine,
) -> PreviewDeployments:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                preview_deployment_id=preview_deployment_id,
            ),
        )
    )

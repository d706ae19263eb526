"""`deployment.removeDeployment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.deployment import Deployment
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.deployment_remove_deployment_body import DeploymentRemoveDeploymentBody

OPERATION = "deployment.removeDeployment"
METHOD = "POST"
PATH = "/deployment.removeDeployment"


def _get_kwargs(
    *,
    body: DeploymentRemoveDeploymentBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Deployment:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Deployment.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Deployment", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DeploymentRemoveDeploymentBody,
    client: SyncEngine,
) -> Deployment:
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
    body: DeploymentRemoveDeploymentBody,
    client: AsyncEngine,
) -> Deployment:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

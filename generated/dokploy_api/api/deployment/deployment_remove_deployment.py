"""`deployment.removeDeployment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.deployment_all_item import DeploymentAllItem
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


def parse(data: Any) -> DeploymentAllItem | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> DeploymentAllItem | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DeploymentAllItem.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentAllItem | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DeploymentAllItem | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DeploymentRemoveDeploymentBody,
    client: SyncEngine,
) -> DeploymentAllItem | None:
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
) -> DeploymentAllItem | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

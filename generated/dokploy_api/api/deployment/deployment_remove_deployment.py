"""`deployment.removeDeployment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.deployment_all_item import DeploymentAllItem
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "deployment.removeDeployment"
METHOD = "POST"
PATH = "/deployment.removeDeployment"


def _get_kwargs(
    *,
    deployment_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "deploymentId": deployment_id,
            }
        ),
    }


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
    deployment_id: str,
    client: SyncEngine,
) -> DeploymentAllItem | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                deployment_id=deployment_id,
            ),
        )
    )


async def asyncio(
    *,
    deployment_id: str,
    client: AsyncEngine,
) -> DeploymentAllItem | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                deployment_id=deployment_id,
            ),
        )
    )

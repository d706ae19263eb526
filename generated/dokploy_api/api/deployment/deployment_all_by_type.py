"""`deployment.allByType`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.deployment_all_by_type_item import DeploymentAllByTypeItem
    from ...models.deployment_all_by_type_type import DeploymentAllByTypeType

OPERATION = "deployment.allByType"
METHOD = "GET"
PATH = "/deployment.allByType"


def _get_kwargs(
    *,
    id: str,
    type_: DeploymentAllByTypeType,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["id"] = id

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[DeploymentAllByTypeItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.deployment_all_by_type_item import DeploymentAllByTypeItem  # noqa: PLC0415

            response_200_item = DeploymentAllByTypeItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[DeploymentAllByTypeItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    id: str,
    type_: DeploymentAllByTypeType,
    client: SyncEngine,
) -> list[DeploymentAllByTypeItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
            ),
        )
    )


async def asyncio(
    *,
    id: str,
    type_: DeploymentAllByTypeType,
    client: AsyncEngine,
) -> list[DeploymentAllByTypeItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
            ),
        )
    )

"""`customRole.membersByRole`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.custom_role_members_by_role_item import CustomRoleMembersByRoleItem

OPERATION = "customRole.membersByRole"
METHOD = "GET"
PATH = "/customRole.membersByRole"


def _get_kwargs(
    *,
    role_name: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["roleName"] = role_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[CustomRoleMembersByRoleItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.custom_role_members_by_role_item import CustomRoleMembersByRoleItem  # noqa: PLC0415

            response_200_item = CustomRoleMembersByRoleItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[CustomRoleMembersByRoleItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    role_name: str,
    client: SyncEngine,
) -> list[CustomRoleMembersByRoleItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                role_name=role_name,
            ),
        )
    )


async def asyncio(
    *,
    role_name: str,
    client: AsyncEngine,
) -> list[CustomRoleMembersByRoleItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                role_name=role_name,
            ),
        )
    )

"""`customRole.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.custom_role_create_result import CustomRoleCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.permissions import Permissions

OPERATION = "customRole.update"
METHOD = "POST"
PATH = "/customRole.update"


def _get_kwargs(
    *,
    role_name: str,
    permissions: Permissions,
    new_role_name: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "roleName": role_name,
                "permissions": permissions,
                "newRoleName": new_role_name,
            }
        ),
    }


def parse(data: Any) -> CustomRoleCreateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> CustomRoleCreateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CustomRoleCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomRoleCreateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("CustomRoleCreateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    role_name: str,
    permissions: Permissions,
    new_role_name: str | Unset = UNSET,
    client: SyncEngine,
) -> CustomRoleCreateResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                role_name=role_name,
                permissions=permissions,
                new_role_name=new_role_name,
            ),
        )
    )


async def asyncio(
    *,
    role_name: str,
    permissions: Permissions,
    new_role_name: str | Unset = UNSET,
    client: AsyncEngine,
) -> CustomRoleCreateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                role_name=role_name,
                permissions=permissions,
                new_role_name=new_role_name,
            ),
        )
    )

"""`customRole.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.custom_role_remove_result import CustomRoleRemoveResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "customRole.remove"
METHOD = "POST"
PATH = "/customRole.remove"


def _get_kwargs(
    *,
    role_name: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "roleName": role_name,
            }
        ),
    }


def parse(data: Any) -> CustomRoleRemoveResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = CustomRoleRemoveResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("CustomRoleRemoveResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    role_name: str,
    client: SyncEngine,
) -> CustomRoleRemoveResult:
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
) -> CustomRoleRemoveResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                role_name=role_name,
            ),
        )
    )

"""`customRole.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.custom_role_remove_result import CustomRoleRemoveResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.custom_role_remove_body import CustomRoleRemoveBody

OPERATION = "customRole.remove"
METHOD = "POST"
PATH = "/customRole.remove"


def _get_kwargs(
    *,
    body: CustomRoleRemoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> CustomRoleRemoveResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = CustomRoleRemoveResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("CustomRoleRemoveResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: CustomRoleRemoveBody,
    client: SyncEngine,
) -> CustomRoleRemoveResult:
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
    body: CustomRoleRemoveBody,
    client: AsyncEngine,
) -> CustomRoleRemoveResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

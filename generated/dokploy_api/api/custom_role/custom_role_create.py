"""`customRole.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.custom_role_create_result import CustomRoleCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.custom_role_create_body import CustomRoleCreateBody

OPERATION = "customRole.create"
METHOD = "POST"
PATH = "/customRole.create"


def _get_kwargs(
    *,
    body: CustomRoleCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


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
    body: CustomRoleCreateBody,
    client: SyncEngine,
) -> CustomRoleCreateResult | None:
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
    body: CustomRoleCreateBody,
    client: AsyncEngine,
) -> CustomRoleCreateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

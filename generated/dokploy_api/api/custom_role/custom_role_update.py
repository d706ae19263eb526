"""`customRole.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.custom_role_create_result import CustomRoleCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.custom_role_update_body import CustomRoleUpdateBody

OPERATION = "customRole.update"
METHOD = "POST"
PATH = "/customRole.update"


def _get_kwargs(
    *,
    body: CustomRoleUpdateBody,
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
    body: CustomRoleUpdateBody,
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
    body: CustomRoleUpdateBody,
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

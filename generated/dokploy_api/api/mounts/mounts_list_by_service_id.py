"""`mounts.listByServiceId`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mounts_create_result import MountsCreateResult

OPERATION = "mounts.listByServiceId"
METHOD = "GET"
PATH = "/mounts.listByServiceId"


def _get_kwargs(
    *,
    service_type: str,
    service_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["serviceType"] = service_type

    params["serviceId"] = service_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[MountsCreateResult]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.mounts_create_result import MountsCreateResult  # noqa: PLC0415

            response_200_item = MountsCreateResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[MountsCreateResult]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    service_type: str,
    service_id: str,
    client: SyncEngine,
) -> list[MountsCreateResult]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                service_type=service_type,
                service_id=service_id,
            ),
        )
    )


async def asyncio(
    *,
    service_type: str,
    service_id: str,
    client: AsyncEngine,
) -> list[MountsCreateResult]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                service_type=service_type,
                service_id=service_id,
            ),
        )
    )

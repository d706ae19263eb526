"""`mounts.allNamedByApplicationId`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_load_mounts_by_service_item import ComposeLoadMountsByServiceItem

OPERATION = "mounts.allNamedByApplicationId"
METHOD = "GET"
PATH = "/mounts.allNamedByApplicationId"


def _get_kwargs(
    *,
    application_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["applicationId"] = application_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[ComposeLoadMountsByServiceItem] | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> list[ComposeLoadMountsByServiceItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    from dokploy_api.models.compose_load_mounts_by_service_item import ComposeLoadMountsByServiceItem  # noqa: PLC0415

                    response_200_type_0_item = ComposeLoadMountsByServiceItem.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ComposeLoadMountsByServiceItem] | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[ComposeLoadMountsByServiceItem] | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    application_id: str,
    client: SyncEngine,
) -> list[ComposeLoadMountsByServiceItem] | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    client: AsyncEngine,
) -> list[ComposeLoadMountsByServiceItem] | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
            ),
        )
    )

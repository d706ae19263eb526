"""`settings.readDirectories`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.organization import Organization
    from ...models.settings_read_directories_response_200_item_type_1 import SettingsReadDirectoriesResponse200ItemType1

OPERATION = "settings.readDirectories"
METHOD = "GET"
PATH = "/settings.readDirectories"


def _get_kwargs(
    *,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[Organization | SettingsReadDirectoriesResponse200ItemType1]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.organization import Organization  # noqa: PLC0415
            from dokploy_api.models.settings_read_directories_response_200_item_type_1 import (
                SettingsReadDirectoriesResponse200ItemType1,  # noqa: PLC0415
            )

            def _parse_response_200_item(data: object) -> Organization | SettingsReadDirectoriesResponse200ItemType1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_item_type_0 = Organization.from_dict(data)

                    return response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_1 = SettingsReadDirectoriesResponse200ItemType1.from_dict(data)

                return response_200_item_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast(
            "list[Organization | SettingsReadDirectoriesResponse200ItemType1]", kept_as_received(OPERATION, data)
        )
    return response_200


def sync(
    *,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[Organization | SettingsReadDirectoriesResponse200ItemType1]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[Organization | SettingsReadDirectoriesResponse200ItemType1]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )

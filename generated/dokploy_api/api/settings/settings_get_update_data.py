"""`settings.getUpdateData`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.settings_get_update_data_result import SettingsGetUpdateDataResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.getUpdateData"
METHOD = "POST"
PATH = "/settings.getUpdateData"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> SettingsGetUpdateDataResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SettingsGetUpdateDataResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SettingsGetUpdateDataResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> SettingsGetUpdateDataResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> SettingsGetUpdateDataResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))

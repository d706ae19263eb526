"""`settings.getLogCleanupStatus`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.settings_get_log_cleanup_status_result import SettingsGetLogCleanupStatusResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.getLogCleanupStatus"
METHOD = "GET"
PATH = "/settings.getLogCleanupStatus"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> SettingsGetLogCleanupStatusResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SettingsGetLogCleanupStatusResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SettingsGetLogCleanupStatusResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> SettingsGetLogCleanupStatusResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> SettingsGetLogCleanupStatusResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))

"""`settings.cleanAll`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.settings_clean_all_result import SettingsCleanAllResult
from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.settings_clean_all_body import SettingsCleanAllBody

OPERATION = "settings.cleanAll"
METHOD = "POST"
PATH = "/settings.cleanAll"


def _get_kwargs(
    *,
    body: SettingsCleanAllBody | Unset = UNSET,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> SettingsCleanAllResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SettingsCleanAllResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SettingsCleanAllResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: SettingsCleanAllBody | Unset = UNSET,
    client: SyncEngine,
) -> SettingsCleanAllResult:
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
    body: SettingsCleanAllBody | Unset = UNSET,
    client: AsyncEngine,
) -> SettingsCleanAllResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

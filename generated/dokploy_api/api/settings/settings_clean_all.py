"""`settings.cleanAll`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.settings_clean_all_result import SettingsCleanAllResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.cleanAll"
METHOD = "POST"
PATH = "/settings.cleanAll"


def _get_kwargs(
    *,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> SettingsCleanAllResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SettingsCleanAllResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SettingsCleanAllResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> SettingsCleanAllResult:
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
) -> SettingsCleanAllResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )

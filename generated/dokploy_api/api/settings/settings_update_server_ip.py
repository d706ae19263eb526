"""`settings.updateServerIp`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.web_server_settings import WebServerSettings
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.settings_update_server_ip_body import SettingsUpdateServerIpBody

OPERATION = "settings.updateServerIp"
METHOD = "POST"
PATH = "/settings.updateServerIp"


def _get_kwargs(
    *,
    body: SettingsUpdateServerIpBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> WebServerSettings:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = WebServerSettings.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("WebServerSettings", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: SettingsUpdateServerIpBody,
    client: SyncEngine,
) -> WebServerSettings:
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
    body: SettingsUpdateServerIpBody,
    client: AsyncEngine,
) -> WebServerSettings:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

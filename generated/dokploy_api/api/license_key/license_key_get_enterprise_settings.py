"""`licenseKey.getEnterpriseSettings`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.license_key_get_enterprise_settings_result import LicenseKeyGetEnterpriseSettingsResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "licenseKey.getEnterpriseSettings"
METHOD = "GET"
PATH = "/licenseKey.getEnterpriseSettings"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> LicenseKeyGetEnterpriseSettingsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = LicenseKeyGetEnterpriseSettingsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("LicenseKeyGetEnterpriseSettingsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> LicenseKeyGetEnterpriseSettingsResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> LicenseKeyGetEnterpriseSettingsResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))

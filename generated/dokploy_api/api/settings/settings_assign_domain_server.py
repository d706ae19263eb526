"""`settings.assignDomainServer`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.admin_setup_monitoring_result import AdminSetupMonitoringResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.settings_assign_domain_server_body import SettingsAssignDomainServerBody

OPERATION = "settings.assignDomainServer"
METHOD = "POST"
PATH = "/settings.assignDomainServer"


def _get_kwargs(
    *,
    body: SettingsAssignDomainServerBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> AdminSetupMonitoringResult | bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> AdminSetupMonitoringResult | bool:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AdminSetupMonitoringResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminSetupMonitoringResult | bool, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AdminSetupMonitoringResult | bool", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: SettingsAssignDomainServerBody,
    client: SyncEngine,
) -> AdminSetupMonitoringResult | bool:
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
    body: SettingsAssignDomainServerBody,
    client: AsyncEngine,
) -> AdminSetupMonitoringResult | bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

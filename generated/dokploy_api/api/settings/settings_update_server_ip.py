"""`settings.updateServerIp`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.admin_setup_monitoring_result import AdminSetupMonitoringResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.updateServerIp"
METHOD = "POST"
PATH = "/settings.updateServerIp"


def _get_kwargs(
    *,
    server_ip: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "serverIp": server_ip,
            }
        ),
    }


def parse(data: Any) -> AdminSetupMonitoringResult | bool | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> AdminSetupMonitoringResult | bool | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AdminSetupMonitoringResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminSetupMonitoringResult | bool | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AdminSetupMonitoringResult | bool | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_ip: str,
    client: SyncEngine,
) -> AdminSetupMonitoringResult | bool | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_ip=server_ip,
            ),
        )
    )


async def asyncio(
    *,
    server_ip: str,
    client: AsyncEngine,
) -> AdminSetupMonitoringResult | bool | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_ip=server_ip,
            ),
        )
    )

"""`admin.setupMonitoring`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.admin_setup_monitoring_result import AdminSetupMonitoringResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.metrics_config import MetricsConfig

OPERATION = "admin.setupMonitoring"
METHOD = "POST"
PATH = "/admin.setupMonitoring"


def _get_kwargs(
    *,
    metrics_config: MetricsConfig,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "metricsConfig": metrics_config,
            }
        ),
    }


def parse(data: Any) -> AdminSetupMonitoringResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> AdminSetupMonitoringResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AdminSetupMonitoringResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminSetupMonitoringResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AdminSetupMonitoringResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    metrics_config: MetricsConfig,
    client: SyncEngine,
) -> AdminSetupMonitoringResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                metrics_config=metrics_config,
            ),
        )
    )


async def asyncio(
    *,
    metrics_config: MetricsConfig,
    client: AsyncEngine,
) -> AdminSetupMonitoringResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                metrics_config=metrics_config,
            ),
        )
    )

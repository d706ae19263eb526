"""`application.readAppMonitoring`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.application_read_app_monitoring_result import ApplicationReadAppMonitoringResult
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.readAppMonitoring"
METHOD = "GET"
PATH = "/application.readAppMonitoring"


def _get_kwargs(
    *,
    app_name: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["appName"] = app_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> ApplicationReadAppMonitoringResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> ApplicationReadAppMonitoringResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ApplicationReadAppMonitoringResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationReadAppMonitoringResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ApplicationReadAppMonitoringResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    app_name: str,
    client: SyncEngine,
) -> ApplicationReadAppMonitoringResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                app_name=app_name,
            ),
        )
    )


async def asyncio(
    *,
    app_name: str,
    client: AsyncEngine,
) -> ApplicationReadAppMonitoringResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                app_name=app_name,
            ),
        )
    )

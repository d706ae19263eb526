"""`server.getServerMetrics`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "server.getServerMetrics"
METHOD = "GET"
PATH = "/server.getServerMetrics"


def _get_kwargs(
    *,
    url_query: str,
    token: str,
    data_points: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["url"] = url_query

    params["token"] = token

    params["dataPoints"] = data_points

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    url_query: str,
    token: str,
    data_points: str,
    client: SyncEngine,
) -> Any:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                url_query=url_query,
                token=token,
                data_points=data_points,
            ),
        )
    )


async def asyncio(
    *,
    url_query: str,
    token: str,
    data_points: str,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                url_query=url_query,
                token=token,
                data_points=data_points,
            ),
        )
    )

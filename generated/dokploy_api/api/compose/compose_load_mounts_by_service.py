"""`compose.loadMountsByService`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.loadMountsByService"
METHOD = "GET"
PATH = "/compose.loadMountsByService"


def _get_kwargs(
    *,
    compose_id: str,
    service_name: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["composeId"] = compose_id

    params["serviceName"] = service_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    compose_id: str,
    service_name: str,
    client: SyncEngine,
) -> Any:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                service_name=service_name,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    service_name: str,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                service_name=service_name,
            ),
        )
    )

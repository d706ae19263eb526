"""`deployment.readLogs`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "deployment.readLogs"
METHOD = "GET"
PATH = "/deployment.readLogs"


def _get_kwargs(
    *,
    deployment_id: str,
    tail: int | Unset = 100,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["deploymentId"] = deployment_id

    params["tail"] = tail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(str, data)


def sync(
    *,
    deployment_id: str,
    tail: int | Unset = 100,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                deployment_id=deployment_id,
                tail=tail,
            ),
        )
    )


async def asyncio(
    *,
    deployment_id: str,
    tail: int | Unset = 100,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                deployment_id=deployment_id,
                tail=tail,
            ),
        )
    )

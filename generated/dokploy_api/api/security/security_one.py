"""`security.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.security import Security
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "security.one"
METHOD = "GET"
PATH = "/security.one"


def _get_kwargs(
    *,
    security_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["securityId"] = security_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Security:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Security.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Security", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    security_id: str,
    client: SyncEngine,
) -> Security:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                security_id=security_id,
            ),
        )
    )


async def asyncio(
    *,
    security_id: str,
    client: AsyncEngine,
) -> Security:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                security_id=security_id,
            ),
        )
    )

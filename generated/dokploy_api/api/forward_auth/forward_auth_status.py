"""`forwardAuth.status`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.forward_auth_status_result import ForwardAuthStatusResult
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "forwardAuth.status"
METHOD = "GET"
PATH = "/forwardAuth.status"


def _get_kwargs(
    *,
    domain_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["domainId"] = domain_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> ForwardAuthStatusResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ForwardAuthStatusResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ForwardAuthStatusResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    domain_id: str,
    client: SyncEngine,
) -> ForwardAuthStatusResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                domain_id=domain_id,
            ),
        )
    )


async def asyncio(
    *,
    domain_id: str,
    client: AsyncEngine,
) -> ForwardAuthStatusResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                domain_id=domain_id,
            ),
        )
    )

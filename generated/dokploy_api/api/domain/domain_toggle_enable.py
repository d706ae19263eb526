"""`domain.toggleEnable`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain_toggle_enable_result import DomainToggleEnableResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "domain.toggleEnable"
METHOD = "POST"
PATH = "/domain.toggleEnable"


def _get_kwargs(
    *,
    domain_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "domainId": domain_id,
            }
        ),
    }


def parse(data: Any) -> DomainToggleEnableResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DomainToggleEnableResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DomainToggleEnableResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    domain_id: str,
    client: SyncEngine,
) -> DomainToggleEnableResult:
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
) -> DomainToggleEnableResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                domain_id=domain_id,
            ),
        )
    )

"""`domain.toggleEnable`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain_toggle_enable_result import DomainToggleEnableResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.domain_toggle_enable_body import DomainToggleEnableBody

OPERATION = "domain.toggleEnable"
METHOD = "POST"
PATH = "/domain.toggleEnable"


def _get_kwargs(
    *,
    body: DomainToggleEnableBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> DomainToggleEnableResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DomainToggleEnableResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DomainToggleEnableResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DomainToggleEnableBody,
    client: SyncEngine,
) -> DomainToggleEnableResult:
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
    body: DomainToggleEnableBody,
    client: AsyncEngine,
) -> DomainToggleEnableResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

"""`sso.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.sso_provider import SsoProvider
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "sso.one"
METHOD = "GET"
PATH = "/sso.one"


def _get_kwargs(
    *,
    provider_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["providerId"] = provider_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> SsoProvider:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SsoProvider.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SsoProvider", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    provider_id: str,
    client: SyncEngine,
) -> SsoProvider:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                provider_id=provider_id,
            ),
        )
    )


async def asyncio(
    *,
    provider_id: str,
    client: AsyncEngine,
) -> SsoProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                provider_id=provider_id,
            ),
        )
    )

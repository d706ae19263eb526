"""`stripe.createCustomerPortalSession`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.stripe_create_customer_portal_session_result import StripeCreateCustomerPortalSessionResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "stripe.createCustomerPortalSession"
METHOD = "POST"
PATH = "/stripe.createCustomerPortalSession"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> StripeCreateCustomerPortalSessionResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = StripeCreateCustomerPortalSessionResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("StripeCreateCustomerPortalSessionResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> StripeCreateCustomerPortalSessionResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> StripeCreateCustomerPortalSessionResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))

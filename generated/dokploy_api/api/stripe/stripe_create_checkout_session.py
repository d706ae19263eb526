"""`stripe.createCheckoutSession`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.stripe_create_checkout_session_result import StripeCreateCheckoutSessionResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.stripe_create_checkout_session_body_tier import StripeCreateCheckoutSessionBodyTier

OPERATION = "stripe.createCheckoutSession"
METHOD = "POST"
PATH = "/stripe.createCheckoutSession"


def _get_kwargs(
    *,
    tier: StripeCreateCheckoutSessionBodyTier,
    product_id: str,
    server_quantity: float,
    is_annual: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "tier": tier,
                "productId": product_id,
                "serverQuantity": server_quantity,
                "isAnnual": is_annual,
            }
        ),
    }


def parse(data: Any) -> StripeCreateCheckoutSessionResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = StripeCreateCheckoutSessionResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("StripeCreateCheckoutSessionResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    tier: StripeCreateCheckoutSessionBodyTier,
    product_id: str,
    server_quantity: float,
    is_annual: bool,
    client: SyncEngine,
) -> StripeCreateCheckoutSessionResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                tier=tier,
                product_id=product_id,
                server_quantity=server_quantity,
                is_annual=is_annual,
            ),
        )
    )


async def asyncio(
    *,
    tier: StripeCreateCheckoutSessionBodyTier,
    product_id: str,
    server_quantity: float,
    is_annual: bool,
    client: AsyncEngine,
) -> StripeCreateCheckoutSessionResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                tier=tier,
                product_id=product_id,
                server_quantity=server_quantity,
                is_annual=is_annual,
            ),
        )
    )

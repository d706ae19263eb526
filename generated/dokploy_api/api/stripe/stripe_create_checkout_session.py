"""`stripe.createCheckoutSession`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.stripe_create_checkout_session_response_200 import StripeCreateCheckoutSessionResponse200
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.stripe_create_checkout_session_body import StripeCreateCheckoutSessionBody

OPERATION = "stripe.createCheckoutSession"
METHOD = "POST"
PATH = "/stripe.createCheckoutSession"


def _get_kwargs(
    *,
    body: StripeCreateCheckoutSessionBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> StripeCreateCheckoutSessionResponse200:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = StripeCreateCheckoutSessionResponse200.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("StripeCreateCheckoutSessionResponse200", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: StripeCreateCheckoutSessionBody,
    client: SyncEngine,
) -> StripeCreateCheckoutSessionResponse200:
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
    body: StripeCreateCheckoutSessionBody,
    client: AsyncEngine,
) -> StripeCreateCheckoutSessionResponse200:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

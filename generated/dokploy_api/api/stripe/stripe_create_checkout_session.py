"""`stripe.createCheckoutSession`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.stripe_create_checkout_session_result import StripeCreateCheckoutSessionResult
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


def parse(data: Any) -> StripeCreateCheckoutSessionResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = StripeCreateCheckoutSessionResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("StripeCreateCheckoutSessionResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: StripeCreateCheckoutSessionBody,
    client: SyncEngine,
) -> StripeCreateCheckoutSessionResult:
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
) -> StripeCreateCheckoutSessionResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

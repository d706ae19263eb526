"""`stripe.upgradeSubscription`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.forward_auth_deploy_on_server_result import ForwardAuthDeployOnServerResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.stripe_upgrade_subscription_body_tier import StripeUpgradeSubscriptionBodyTier

OPERATION = "stripe.upgradeSubscription"
METHOD = "POST"
PATH = "/stripe.upgradeSubscription"


def _get_kwargs(
    *,
    tier: StripeUpgradeSubscriptionBodyTier,
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
                "serverQuantity": server_quantity,
                "isAnnual": is_annual,
            }
        ),
    }


def parse(data: Any) -> ForwardAuthDeployOnServerResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ForwardAuthDeployOnServerResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ForwardAuthDeployOnServerResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    tier: StripeUpgradeSubscriptionBodyTier,
    server_quantity: float,
    is_annual: bool,
    client: SyncEngine,
) -> ForwardAuthDeployOnServerResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                tier=tier,
                server_quantity=server_quantity,
                is_annual=is_annual,
            ),
        )
    )


async def asyncio(
    *,
    tier: StripeUpgradeSubscriptionBodyTier,
    server_quantity: float,
    is_annual: bool,
    client: AsyncEngine,
) -> ForwardAuthDeployOnServerResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                tier=tier,
                server_quantity=server_quantity,
                is_annual=is_annual,
            ),
        )
    )

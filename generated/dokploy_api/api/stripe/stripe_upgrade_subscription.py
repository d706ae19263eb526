"""`stripe.upgradeSubscription`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.forward_auth_deploy_on_server_result import ForwardAuthDeployOnServerResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.stripe_upgrade_subscription_body import StripeUpgradeSubscriptionBody

OPERATION = "stripe.upgradeSubscription"
METHOD = "POST"
PATH = "/stripe.upgradeSubscription"


def _get_kwargs(
    *,
    body: StripeUpgradeSubscriptionBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ForwardAuthDeployOnServerResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ForwardAuthDeployOnServerResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ForwardAuthDeployOnServerResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: StripeUpgradeSubscriptionBody,
    client: SyncEngine,
) -> ForwardAuthDeployOnServerResult:
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
    body: StripeUpgradeSubscriptionBody,
    client: AsyncEngine,
) -> ForwardAuthDeployOnServerResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )

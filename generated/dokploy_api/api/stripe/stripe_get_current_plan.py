"""`stripe.getCurrentPlan`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.stripe_get_current_plan_result import StripeGetCurrentPlanResult

OPERATION = "stripe.getCurrentPlan"
METHOD = "GET"
PATH = "/stripe.getCurrentPlan"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> None | StripeGetCurrentPlanResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("None | StripeGetCurrentPlanResult", data)


def sync(
    *,
    client: SyncEngine,
) -> None | StripeGetCurrentPlanResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> None | StripeGetCurrentPlanResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))

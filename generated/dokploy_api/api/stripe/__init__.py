"""Operations of Dokploy's `stripe` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.forward_auth_deploy_on_server_result import ForwardAuthDeployOnServerResult
    from ...models.stripe_create_checkout_session_body_tier import StripeCreateCheckoutSessionBodyTier
    from ...models.stripe_create_checkout_session_result import StripeCreateCheckoutSessionResult
    from ...models.stripe_create_customer_portal_session_result import StripeCreateCustomerPortalSessionResult
    from ...models.stripe_get_current_plan_result import StripeGetCurrentPlanResult
    from ...models.stripe_get_invoices_item import StripeGetInvoicesItem
    from ...models.stripe_upgrade_subscription_body_tier import StripeUpgradeSubscriptionBodyTier


class StripeResource:
    """`stripe.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def can_create_more_servers(
        self,
    ) -> bool:
        """`GET /stripe.canCreateMoreServers`"""
        from .stripe_can_create_more_servers import sync

        return sync(
            client=self._engine,
        )

    def create_checkout_session(
        self,
        *,
        tier: StripeCreateCheckoutSessionBodyTier,
        product_id: str,
        server_quantity: float,
        is_annual: bool,
    ) -> StripeCreateCheckoutSessionResult:
        """`POST /stripe.createCheckoutSession`"""
        from .stripe_create_checkout_session import sync

        return sync(
            tier=tier,
            product_id=product_id,
            server_quantity=server_quantity,
            is_annual=is_annual,
            client=self._engine,
        )

    def create_customer_portal_session(
        self,
    ) -> StripeCreateCustomerPortalSessionResult:
        """`POST /stripe.createCustomerPortalSession`"""
        from .stripe_create_customer_portal_session import sync

        return sync(
            client=self._engine,
        )

    def get_current_plan(
        self,
    ) -> None | StripeGetCurrentPlanResult:
        """`GET /stripe.getCurrentPlan`"""
        from .stripe_get_current_plan import sync

        return sync(
            client=self._engine,
        )

    def get_invoices(
        self,
    ) -> list[StripeGetInvoicesItem]:
        """`GET /stripe.getInvoices`"""
        from .stripe_get_invoices import sync

        return sync(
            client=self._engine,
        )

    def get_products(
        self,
    ) -> Any:
        """`GET /stripe.getProducts`"""
        from .stripe_get_products import sync

        return sync(
            client=self._engine,
        )

    def update_invoice_notifications(
        self,
        *,
        enabled: bool,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /stripe.updateInvoiceNotifications`"""
        from .stripe_update_invoice_notifications import sync

        return sync(
            enabled=enabled,
            client=self._engine,
        )

    def upgrade_subscription(
        self,
        *,
        tier: StripeUpgradeSubscriptionBodyTier,
        server_quantity: float,
        is_annual: bool,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /stripe.upgradeSubscription`"""
        from .stripe_upgrade_subscription import sync

        return sync(
            tier=tier,
            server_quantity=server_quantity,
            is_annual=is_annual,
            client=self._engine,
        )


class AsyncStripeResource:
    """`stripe.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def can_create_more_servers(
        self,
    ) -> bool:
        """`GET /stripe.canCreateMoreServers`"""
        from .stripe_can_create_more_servers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create_checkout_session(
        self,
        *,
        tier: StripeCreateCheckoutSessionBodyTier,
        product_id: str,
        server_quantity: float,
        is_annual: bool,
    ) -> StripeCreateCheckoutSessionResult:
        """`POST /stripe.createCheckoutSession`"""
        from .stripe_create_checkout_session import asyncio

        return await asyncio(
            tier=tier,
            product_id=product_id,
            server_quantity=server_quantity,
            is_annual=is_annual,
            client=self._engine,
        )

    async def create_customer_portal_session(
        self,
    ) -> StripeCreateCustomerPortalSessionResult:
        """`POST /stripe.createCustomerPortalSession`"""
        from .stripe_create_customer_portal_session import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_current_plan(
        self,
    ) -> None | StripeGetCurrentPlanResult:
        """`GET /stripe.getCurrentPlan`"""
        from .stripe_get_current_plan import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_invoices(
        self,
    ) -> list[StripeGetInvoicesItem]:
        """`GET /stripe.getInvoices`"""
        from .stripe_get_invoices import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_products(
        self,
    ) -> Any:
        """`GET /stripe.getProducts`"""
        from .stripe_get_products import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def update_invoice_notifications(
        self,
        *,
        enabled: bool,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /stripe.updateInvoiceNotifications`"""
        from .stripe_update_invoice_notifications import asyncio

        return await asyncio(
            enabled=enabled,
            client=self._engine,
        )

    async def upgrade_subscription(
        self,
        *,
        tier: StripeUpgradeSubscriptionBodyTier,
        server_quantity: float,
        is_annual: bool,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /stripe.upgradeSubscription`"""
        from .stripe_upgrade_subscription import asyncio

        return await asyncio(
            tier=tier,
            server_quantity=server_quantity,
            is_annual=is_annual,
            client=self._engine,
        )

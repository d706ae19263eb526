"""`stripe.updateInvoiceNotifications`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.forward_auth_deploy_on_server_result import ForwardAuthDeployOnServerResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.stripe_update_invoice_notifications_body import StripeUpdateInvoiceNotificationsBody

OPERATION = "stripe.updateInvoiceNotifications"
METHOD = "POST"
PATH = "/stripe.updateInvoiceNotifications"


def _get_kwargs(
    *,
    body: StripeUpdateInvoiceNotificationsBody,
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
    body: StripeUpdateInvoiceNotificationsBody,
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
    body: StripeUpdateInvoiceNotificationsBody,
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

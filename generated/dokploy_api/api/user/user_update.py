"""`user.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.user_get_server_metrics_result import UserGetServerMetricsResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.update"
METHOD = "POST"
PATH = "/user.update"


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_registered: bool | Unset = UNSET,
    expiration_date: str | Unset = UNSET,
    created_at_2: str | Unset = UNSET,
    created_at: None | str | Unset = UNSET,
    two_factor_enabled: bool | None | Unset = UNSET,
    email: str | Unset = UNSET,
    email_verified: bool | Unset = UNSET,
    image: None | str | Unset = UNSET,
    banned: bool | None | Unset = UNSET,
    ban_reason: None | str | Unset = UNSET,
    ban_expires: None | str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    enable_paid_features: bool | Unset = UNSET,
    allow_impersonation: bool | Unset = UNSET,
    enable_enterprise_features: bool | Unset = UNSET,
    license_key: None | str | Unset = UNSET,
    stripe_customer_id: None | str | Unset = UNSET,
    stripe_subscription_id: None | str | Unset = UNSET,
    servers_quantity: float | Unset = UNSET,
    send_invoice_notifications: bool | Unset = UNSET,
    password: str | Unset = UNSET,
    current_password: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "id": id,
                "firstName": first_name,
                "lastName": last_name,
                "isRegistered": is_registered,
                "expirationDate": expiration_date,
                "createdAt2": created_at_2,
                "createdAt": created_at,
                "twoFactorEnabled": two_factor_enabled,
                "email": email,
                "emailVerified": email_verified,
                "image": image,
                "banned": banned,
                "banReason": ban_reason,
                "banExpires": ban_expires,
                "updatedAt": updated_at,
                "enablePaidFeatures": enable_paid_features,
                "allowImpersonation": allow_impersonation,
                "enableEnterpriseFeatures": enable_enterprise_features,
                "licenseKey": license_key,
                "stripeCustomerId": stripe_customer_id,
                "stripeSubscriptionId": stripe_subscription_id,
                "serversQuantity": servers_quantity,
                "sendInvoiceNotifications": send_invoice_notifications,
                "password": password,
                "currentPassword": current_password,
            }
        ),
    }


def parse(data: Any) -> None | UserGetServerMetricsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | UserGetServerMetricsResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UserGetServerMetricsResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserGetServerMetricsResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | UserGetServerMetricsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    id: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_registered: bool | Unset = UNSET,
    expiration_date: str | Unset = UNSET,
    created_at_2: str | Unset = UNSET,
    created_at: None | str | Unset = UNSET,
    two_factor_enabled: bool | None | Unset = UNSET,
    email: str | Unset = UNSET,
    email_verified: bool | Unset = UNSET,
    image: None | str | Unset = UNSET,
    banned: bool | None | Unset = UNSET,
    ban_reason: None | str | Unset = UNSET,
    ban_expires: None | str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    enable_paid_features: bool | Unset = UNSET,
    allow_impersonation: bool | Unset = UNSET,
    enable_enterprise_features: bool | Unset = UNSET,
    license_key: None | str | Unset = UNSET,
    stripe_customer_id: None | str | Unset = UNSET,
    stripe_subscription_id: None | str | Unset = UNSET,
    servers_quantity: float | Unset = UNSET,
    send_invoice_notifications: bool | Unset = UNSET,
    password: str | Unset = UNSET,
    current_password: str | Unset = UNSET,
    client: SyncEngine,
) -> None | UserGetServerMetricsResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                first_name=first_name,
                last_name=last_name,
                is_registered=is_registered,
                expiration_date=expiration_date,
                created_at_2=created_at_2,
                created_at=created_at,
                two_factor_enabled=two_factor_enabled,
                email=email,
                email_verified=email_verified,
                image=image,
                banned=banned,
                ban_reason=ban_reason,
                ban_expires=ban_expires,
                updated_at=updated_at,
                enable_paid_features=enable_paid_features,
                allow_impersonation=allow_impersonation,
                enable_enterprise_features=enable_enterprise_features,
                license_key=license_key,
                stripe_customer_id=stripe_customer_id,
                stripe_subscription_id=stripe_subscription_id,
                servers_quantity=servers_quantity,
                send_invoice_notifications=send_invoice_notifications,
                password=password,
                current_password=current_password,
            ),
        )
    )


async def asyncio(
    *,
    id: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    is_registered: bool | Unset = UNSET,
    expiration_date: str | Unset = UNSET,
    created_at_2: str | Unset = UNSET,
    created_at: None | str | Unset = UNSET,
    two_factor_enabled: bool | None | Unset = UNSET,
    email: str | Unset = UNSET,
    email_verified: bool | Unset = UNSET,
    image: None | str | Unset = UNSET,
    banned: bool | None | Unset = UNSET,
    ban_reason: None | str | Unset = UNSET,
    ban_expires: None | str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    enable_paid_features: bool | Unset = UNSET,
    allow_impersonation: bool | Unset = UNSET,
    enable_enterprise_features: bool | Unset = UNSET,
    license_key: None | str | Unset = UNSET,
    stripe_customer_id: None | str | Unset = UNSET,
    stripe_subscription_id: None | str | Unset = UNSET,
    servers_quantity: float | Unset = UNSET,
    send_invoice_notifications: bool | Unset = UNSET,
    password: str | Unset = UNSET,
    current_password: str | Unset = UNSET,
    client: AsyncEngine,
) -> None | UserGetServerMetricsResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                first_name=first_name,
                last_name=last_name,
                is_registered=is_registered,
                expiration_date=expiration_date,
                created_at_2=created_at_2,
                created_at=created_at,
                two_factor_enabled=two_factor_enabled,
                email=email,
                email_verified=email_verified,
                image=image,
                banned=banned,
                ban_reason=ban_reason,
                ban_expires=ban_expires,
                updated_at=updated_at,
                enable_paid_features=enable_paid_features,
                allow_impersonation=allow_impersonation,
                enable_enterprise_features=enable_enterprise_features,
                license_key=license_key,
                stripe_customer_id=stripe_customer_id,
                stripe_subscription_id=stripe_subscription_id,
                servers_quantity=servers_quantity,
                send_invoice_notifications=send_invoice_notifications,
                password=password,
                current_password=current_password,
            ),
        )
    )

"""`settings.assignDomainServer`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from ...models.admin_setup_monitoring_result import AdminSetupMonitoringResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.settings_assign_domain_server_body_certificate_type import (
        SettingsAssignDomainServerBodyCertificateType,
    )

OPERATION = "settings.assignDomainServer"
METHOD = "POST"
PATH = "/settings.assignDomainServer"


def _get_kwargs(
    *,
    host: str,
    certificate_type: SettingsAssignDomainServerBodyCertificateType,
    lets_encrypt_email: Literal[""] | None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "host": host,
                "certificateType": certificate_type,
                "letsEncryptEmail": lets_encrypt_email,
                "https": https,
            }
        ),
    }


def parse(data: Any) -> AdminSetupMonitoringResult | bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> AdminSetupMonitoringResult | bool:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AdminSetupMonitoringResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminSetupMonitoringResult | bool, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AdminSetupMonitoringResult | bool", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    host: str,
    certificate_type: SettingsAssignDomainServerBodyCertificateType,
    lets_encrypt_email: Literal[""] | None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
    client: SyncEngine,
) -> AdminSetupMonitoringResult | bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                host=host,
                certificate_type=certificate_type,
                lets_encrypt_email=lets_encrypt_email,
                https=https,
            ),
        )
    )


async def asyncio(
    *,
    host: str,
    certificate_type: SettingsAssignDomainServerBodyCertificateType,
    lets_encrypt_email: Literal[""] | None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
    client: AsyncEngine,
) -> AdminSetupMonitoringResult | bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                host=host,
                certificate_type=certificate_type,
                lets_encrypt_email=lets_encrypt_email,
                https=https,
            ),
        )
    )

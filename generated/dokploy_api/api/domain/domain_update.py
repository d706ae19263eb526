"""`domain.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain_create_result import DomainCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.domain_update_body_certificate_type import DomainUpdateBodyCertificateType
    from ...models.domain_update_body_domain_type_type_0 import DomainUpdateBodyDomainTypeType0

OPERATION = "domain.update"
METHOD = "POST"
PATH = "/domain.update"


def _get_kwargs(
    *,
    host: str,
    domain_id: str,
    path: None | str | Unset = UNSET,
    port: float | None | Unset = UNSET,
    custom_entrypoint: None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
    certificate_type: DomainUpdateBodyCertificateType | Unset = UNSET,
    custom_cert_resolver: None | str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    domain_type: DomainUpdateBodyDomainTypeType0 | None | Unset = UNSET,
    internal_path: None | str | Unset = UNSET,
    strip_path: bool | Unset = UNSET,
    middlewares: list[str] | None | Unset = UNSET,
    forward_auth_enabled: bool | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "host": host,
                "domainId": domain_id,
                "path": path,
                "port": port,
                "customEntrypoint": custom_entrypoint,
                "https": https,
                "certificateType": certificate_type,
                "customCertResolver": custom_cert_resolver,
                "serviceName": service_name,
                "domainType": domain_type,
                "internalPath": internal_path,
                "stripPath": strip_path,
                "middlewares": middlewares,
                "forwardAuthEnabled": forward_auth_enabled,
                "enabled": enabled,
            }
        ),
    }


def parse(data: Any) -> DomainCreateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> DomainCreateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DomainCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainCreateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DomainCreateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    host: str,
    domain_id: str,
    path: None | str | Unset = UNSET,
    port: float | None | Unset = UNSET,
    custom_entrypoint: None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
    certificate_type: DomainUpdateBodyCertificateType | Unset = UNSET,
    custom_cert_resolver: None | str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    domain_type: DomainUpdateBodyDomainTypeType0 | None | Unset = UNSET,
    internal_path: None | str | Unset = UNSET,
    strip_path: bool | Unset = UNSET,
    middlewares: list[str] | None | Unset = UNSET,
    forward_auth_enabled: bool | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    client: SyncEngine,
) -> DomainCreateResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                host=host,
                domain_id=domain_id,
                path=path,
                port=port,
                custom_entrypoint=custom_entrypoint,
                https=https,
                certificate_type=certificate_type,
                custom_cert_resolver=custom_cert_resolver,
                service_name=service_name,
                domain_type=domain_type,
                internal_path=internal_path,
                strip_path=strip_path,
                middlewares=middlewares,
                forward_auth_enabled=forward_auth_enabled,
                enabled=enabled,
            ),
        )
    )


async def asyncio(
    *,
    host: str,
    domain_id: str,
    path: None | str | Unset = UNSET,
    port: float | None | Unset = UNSET,
    custom_entrypoint: None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
    certificate_type: DomainUpdateBodyCertificateType | Unset = UNSET,
    custom_cert_resolver: None | str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    domain_type: DomainUpdateBodyDomainTypeType0 | None | Unset = UNSET,
    internal_path: None | str | Unset = UNSET,
    strip_path: bool | Unset = UNSET,
    middlewares: list[str] | None | Unset = UNSET,
    forward_auth_enabled: bool | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    client: AsyncEngine,
) -> DomainCreateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                host=host,
                domain_id=domain_id,
                path=path,
                port=port,
                custom_entrypoint=custom_entrypoint,
                https=https,
                certificate_type=certificate_type,
                custom_cert_resolver=custom_cert_resolver,
                service_name=service_name,
                domain_type=domain_type,
                internal_path=internal_path,
                strip_path=strip_path,
                middlewares=middlewares,
                forward_auth_enabled=forward_auth_enabled,
                enabled=enabled,
            ),
        )
    )

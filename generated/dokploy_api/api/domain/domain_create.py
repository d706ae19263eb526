"""`domain.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain_create_result import DomainCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.domain_create_body_certificate_type import DomainCreateBodyCertificateType
    from ...models.domain_create_body_domain_type_type_0 import DomainCreateBodyDomainTypeType0

OPERATION = "domain.create"
METHOD = "POST"
PATH = "/domain.create"


def _get_kwargs(
    *,
    host: str,
    path: None | str | Unset = UNSET,
    port: float | None | Unset = UNSET,
    custom_entrypoint: None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    certificate_type: DomainCreateBodyCertificateType | Unset = UNSET,
    custom_cert_resolver: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    domain_type: DomainCreateBodyDomainTypeType0 | None | Unset = UNSET,
    preview_deployment_id: None | str | Unset = UNSET,
    internal_path: None | str | Unset = UNSET,
    strip_path: bool | Unset = UNSET,
    middlewares: list[str] | None | Unset = UNSET,
    forward_auth_enabled: bool | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "host": host,
                "path": path,
                "port": port,
                "customEntrypoint": custom_entrypoint,
                "https": https,
                "applicationId": application_id,
                "certificateType": certificate_type,
                "customCertResolver": custom_cert_resolver,
                "composeId": compose_id,
                "serviceName": service_name,
                "domainType": domain_type,
                "previewDeploymentId": preview_deployment_id,
                "internalPath": internal_path,
                "stripPath": strip_path,
                "middlewares": middlewares,
                "forwardAuthEnabled": forward_auth_enabled,
            }
        ),
    }


def parse(data: Any) -> DomainCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = DomainCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DomainCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    host: str,
    path: None | str | Unset = UNSET,
    port: float | None | Unset = UNSET,
    custom_entrypoint: None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    certificate_type: DomainCreateBodyCertificateType | Unset = UNSET,
    custom_cert_resolver: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    domain_type: DomainCreateBodyDomainTypeType0 | None | Unset = UNSET,
    preview_deployment_id: None | str | Unset = UNSET,
    internal_path: None | str | Unset = UNSET,
    strip_path: bool | Unset = UNSET,
    middlewares: list[str] | None | Unset = UNSET,
    forward_auth_enabled: bool | Unset = UNSET,
    client: SyncEngine,
) -> DomainCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                host=host,
                path=path,
                port=port,
                custom_entrypoint=custom_entrypoint,
                https=https,
                application_id=application_id,
                certificate_type=certificate_type,
                custom_cert_resolver=custom_cert_resolver,
                compose_id=compose_id,
                service_name=service_name,
                domain_type=domain_type,
                preview_deployment_id=preview_deployment_id,
                internal_path=internal_path,
                strip_path=strip_path,
                middlewares=middlewares,
                forward_auth_enabled=forward_auth_enabled,
            ),
        )
    )


async def asyncio(
    *,
    host: str,
    path: None | str | Unset = UNSET,
    port: float | None | Unset = UNSET,
    custom_entrypoint: None | str | Unset = UNSET,
    https: bool | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    certificate_type: DomainCreateBodyCertificateType | Unset = UNSET,
    custom_cert_resolver: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    domain_type: DomainCreateBodyDomainTypeType0 | None | Unset = UNSET,
    preview_deployment_id: None | str | Unset = UNSET,
    internal_path: None | str | Unset = UNSET,
    strip_path: bool | Unset = UNSET,
    middlewares: list[str] | None | Unset = UNSET,
    forward_auth_enabled: bool | Unset = UNSET,
    client: AsyncEngine,
) -> DomainCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                host=host,
                path=path,
                port=port,
                custom_entrypoint=custom_entrypoint,
                https=https,
                application_id=application_id,
                certificate_type=certificate_type,
                custom_cert_resolver=custom_cert_resolver,
                compose_id=compose_id,
                service_name=service_name,
                domain_type=domain_type,
                preview_deployment_id=preview_deployment_id,
                internal_path=internal_path,
                strip_path=strip_path,
                middlewares=middlewares,
                forward_auth_enabled=forward_auth_enabled,
            ),
        )
    )

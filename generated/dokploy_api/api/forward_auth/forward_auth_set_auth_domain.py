"""`forwardAuth.setAuthDomain`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.forward_auth_set_auth_domain_result import ForwardAuthSetAuthDomainResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.forward_auth_set_auth_domain_body_certificate_type import ForwardAuthSetAuthDomainBodyCertificateType

OPERATION = "forwardAuth.setAuthDomain"
METHOD = "POST"
PATH = "/forwardAuth.setAuthDomain"


def _get_kwargs(
    *,
    server_id: None | str,
    auth_domain: str,
    https: bool | Unset = True,
    certificate_type: ForwardAuthSetAuthDomainBodyCertificateType | Unset = "letsencrypt",
    custom_cert_resolver: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "serverId": server_id,
                "authDomain": auth_domain,
                "https": https,
                "certificateType": certificate_type,
                "customCertResolver": custom_cert_resolver,
            }
        ),
    }


def parse(data: Any) -> ForwardAuthSetAuthDomainResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ForwardAuthSetAuthDomainResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ForwardAuthSetAuthDomainResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: None | str,
    auth_domain: str,
    https: bool | Unset = True,
    certificate_type: ForwardAuthSetAuthDomainBodyCertificateType | Unset = "letsencrypt",
    custom_cert_resolver: str | Unset = UNSET,
    client: SyncEngine,
) -> ForwardAuthSetAuthDomainResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
                auth_domain=auth_domain,
                https=https,
                certificate_type=certificate_type,
                custom_cert_resolver=custom_cert_resolver,
            ),
        )
    )


async def asyncio(
    *,
    server_id: None | str,
    auth_domain: str,
    https: bool | Unset = True,
    certificate_type: ForwardAuthSetAuthDomainBodyCertificateType | Unset = "letsencrypt",
    custom_cert_resolver: str | Unset = UNSET,
    client: AsyncEngine,
) -> ForwardAuthSetAuthDomainResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
                auth_domain=auth_domain,
                https=https,
                certificate_type=certificate_type,
                custom_cert_resolver=custom_cert_resolver,
            ),
        )
    )

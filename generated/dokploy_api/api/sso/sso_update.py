"""`sso.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitea_update_result import GiteaUpdateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.oidc_config import OidcConfig
    from ...models.saml_config import SamlConfig

OPERATION = "sso.update"
METHOD = "POST"
PATH = "/sso.update"


def _get_kwargs(
    *,
    provider_id: str,
    issuer: str,
    domains: list[str],
    oidc_config: OidcConfig | Unset = UNSET,
    saml_config: SamlConfig | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    override_user_info: bool | Unset = False,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "providerId": provider_id,
                "issuer": issuer,
                "domains": domains,
                "oidcConfig": oidc_config,
                "samlConfig": saml_config,
                "organizationId": organization_id,
                "overrideUserInfo": override_user_info,
            }
        ),
    }


def parse(data: Any) -> GiteaUpdateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = GiteaUpdateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GiteaUpdateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    provider_id: str,
    issuer: str,
    domains: list[str],
    oidc_config: OidcConfig | Unset = UNSET,
    saml_config: SamlConfig | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    override_user_info: bool | Unset = False,
    client: SyncEngine,
) -> GiteaUpdateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                provider_id=provider_id,
                issuer=issuer,
                domains=domains,
                oidc_config=oidc_config,
                saml_config=saml_config,
                organization_id=organization_id,
                override_user_info=override_user_info,
            ),
        )
    )


async def asyncio(
    *,
    provider_id: str,
    issuer: str,
    domains: list[str],
    oidc_config: OidcConfig | Unset = UNSET,
    saml_config: SamlConfig | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    override_user_info: bool | Unset = False,
    client: AsyncEngine,
) -> GiteaUpdateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                provider_id=provider_id,
                issuer=issuer,
                domains=domains,
                oidc_config=oidc_config,
                saml_config=saml_config,
                organization_id=organization_id,
                override_user_info=override_user_info,
            ),
        )
    )

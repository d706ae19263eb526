"""`gitea.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitea_create_result import GiteaCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitea.create"
METHOD = "POST"
PATH = "/gitea.create"


def _get_kwargs(
    *,
    gitea_url: str,
    name: str,
    gitea_id: str | Unset = UNSET,
    gitea_internal_url: None | str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    expires_at: float | Unset = UNSET,
    scopes: str | Unset = UNSET,
    last_authenticated_at: float | Unset = UNSET,
    gitea_username: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "giteaUrl": gitea_url,
                "name": name,
                "giteaId": gitea_id,
                "giteaInternalUrl": gitea_internal_url,
                "redirectUri": redirect_uri,
                "clientId": client_id,
                "clientSecret": client_secret,
                "gitProviderId": git_provider_id,
                "accessToken": access_token,
                "refreshToken": refresh_token,
                "expiresAt": expires_at,
                "scopes": scopes,
                "lastAuthenticatedAt": last_authenticated_at,
                "giteaUsername": gitea_username,
                "organizationName": organization_name,
            }
        ),
    }


def parse(data: Any) -> GiteaCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = GiteaCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GiteaCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    gitea_url: str,
    name: str,
    gitea_id: str | Unset = UNSET,
    gitea_internal_url: None | str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    expires_at: float | Unset = UNSET,
    scopes: str | Unset = UNSET,
    last_authenticated_at: float | Unset = UNSET,
    gitea_username: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
    client: SyncEngine,
) -> GiteaCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                gitea_url=gitea_url,
                name=name,
                gitea_id=gitea_id,
                gitea_internal_url=gitea_internal_url,
                redirect_uri=redirect_uri,
                client_id=client_id,
                client_secret=client_secret,
                git_provider_id=git_provider_id,
                access_token=access_token,
                refresh_token=refresh_token,
                expires_at=expires_at,
                scopes=scopes,
                last_authenticated_at=last_authenticated_at,
                gitea_username=gitea_username,
                organization_name=organization_name,
            ),
        )
    )


async def asyncio(
    *,
    gitea_url: str,
    name: str,
    gitea_id: str | Unset = UNSET,
    gitea_internal_url: None | str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    expires_at: float | Unset = UNSET,
    scopes: str | Unset = UNSET,
    last_authenticated_at: float | Unset = UNSET,
    gitea_username: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
    client: AsyncEngine,
) -> GiteaCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                gitea_url=gitea_url,
                name=name,
                gitea_id=gitea_id,
                gitea_internal_url=gitea_internal_url,
                redirect_uri=redirect_uri,
                client_id=client_id,
                client_secret=client_secret,
                git_provider_id=git_provider_id,
                access_token=access_token,
                refresh_token=refresh_token,
                expires_at=expires_at,
                scopes=scopes,
                last_authenticated_at=last_authenticated_at,
                gitea_username=gitea_username,
                organization_name=organization_name,
            ),
        )
    )

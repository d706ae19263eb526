"""`gitea.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitea_update_result import GiteaUpdateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitea.update"
METHOD = "POST"
PATH = "/gitea.update"


def _get_kwargs(
    *,
    gitea_id: str,
    gitea_url: str,
    git_provider_id: str,
    name: str,
    gitea_internal_url: None | str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
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
                "giteaId": gitea_id,
                "giteaUrl": gitea_url,
                "gitProviderId": git_provider_id,
                "name": name,
                "giteaInternalUrl": gitea_internal_url,
                "redirectUri": redirect_uri,
                "clientId": client_id,
                "clientSecret": client_secret,
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


def parse(data: Any) -> GiteaUpdateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = GiteaUpdateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GiteaUpdateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    gitea_id: str,
    gitea_url: str,
    git_provider_id: str,
    name: str,
    gitea_internal_url: None | str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    expires_at: float | Unset = UNSET,
    scopes: str | Unset = UNSET,
    last_authenticated_at: float | Unset = UNSET,
    gitea_username: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
    client: SyncEngine,
) -> GiteaUpdateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                gitea_id=gitea_id,
                gitea_url=gitea_url,
                git_provider_id=git_provider_id,
                name=name,
                gitea_internal_url=gitea_internal_url,
                redirect_uri=redirect_uri,
                client_id=client_id,
                client_secret=client_secret,
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
    gitea_id: str,
    gitea_url: str,
    git_provider_id: str,
    name: str,
    gitea_internal_url: None | str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_secret: str | Unset = UNSET,
    access_token: str | Unset = UNSET,
    refresh_token: str | Unset = UNSET,
    expires_at: float | Unset = UNSET,
    scopes: str | Unset = UNSET,
    last_authenticated_at: float | Unset = UNSET,
    gitea_username: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
    client: AsyncEngine,
) -> GiteaUpdateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                gitea_id=gitea_id,
                gitea_url=gitea_url,
                git_provider_id=git_provider_id,
                name=name,
                gitea_internal_url=gitea_internal_url,
                redirect_uri=redirect_uri,
                client_id=client_id,
                client_secret=client_secret,
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

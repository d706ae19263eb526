"""`bitbucket.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "bitbucket.create"
METHOD = "POST"
PATH = "/bitbucket.create"


def _get_kwargs(
    *,
    auth_id: str,
    name: str,
    bitbucket_id: str | Unset = UNSET,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    bitbucket_workspace_name: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "authId": auth_id,
                "name": name,
                "bitbucketId": bitbucket_id,
                "bitbucketUsername": bitbucket_username,
                "bitbucketEmail": bitbucket_email,
                "appPassword": app_password,
                "apiToken": api_token,
                "bitbucketWorkspaceName": bitbucket_workspace_name,
                "gitProviderId": git_provider_id,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    auth_id: str,
    name: str,
    bitbucket_id: str | Unset = UNSET,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    bitbucket_workspace_name: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                auth_id=auth_id,
                name=name,
                bitbucket_id=bitbucket_id,
                bitbucket_username=bitbucket_username,
                bitbucket_email=bitbucket_email,
                app_password=app_password,
                api_token=api_token,
                bitbucket_workspace_name=bitbucket_workspace_name,
                git_provider_id=git_provider_id,
            ),
        )
    )


async def asyncio(
    *,
    auth_id: str,
    name: str,
    bitbucket_id: str | Unset = UNSET,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    bitbucket_workspace_name: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                auth_id=auth_id,
                name=name,
                bitbucket_id=bitbucket_id,
                bitbucket_username=bitbucket_username,
                bitbucket_email=bitbucket_email,
                app_password=app_password,
                api_token=api_token,
                bitbucket_workspace_name=bitbucket_workspace_name,
                git_provider_id=git_provider_id,
            ),
        )
    )

"""`bitbucket.testConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "bitbucket.testConnection"
METHOD = "POST"
PATH = "/bitbucket.testConnection"


def _get_kwargs(
    *,
    bitbucket_id: str,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    workspace_name: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "bitbucketId": bitbucket_id,
                "bitbucketUsername": bitbucket_username,
                "bitbucketEmail": bitbucket_email,
                "workspaceName": workspace_name,
                "apiToken": api_token,
                "appPassword": app_password,
            }
        ),
    }


def parse(data: Any) -> str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(str, data)


def sync(
    *,
    bitbucket_id: str,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    workspace_name: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                bitbucket_id=bitbucket_id,
                bitbucket_username=bitbucket_username,
                bitbucket_email=bitbucket_email,
                workspace_name=workspace_name,
                api_token=api_token,
                app_password=app_password,
            ),
        )
    )


async def asyncio(
    *,
    bitbucket_id: str,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    workspace_name: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                bitbucket_id=bitbucket_id,
                bitbucket_username=bitbucket_username,
                bitbucket_email=bitbucket_email,
                workspace_name=workspace_name,
                api_token=api_token,
                app_password=app_password,
            ),
        )
    )

"""`gitlab.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitlab.create"
METHOD = "POST"
PATH = "/gitlab.create"


def _get_kwargs(
    *,
    auth_id: str,
    name: str,
    gitlab_url: str,
    application_id: str | Unset = UNSET,
    secret: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    gitlab_internal_url: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "authId": auth_id,
                "name": name,
                "gitlabUrl": gitlab_url,
                "applicationId": application_id,
                "secret": secret,
                "groupName": group_name,
                "gitProviderId": git_provider_id,
                "redirectUri": redirect_uri,
                "gitlabInternalUrl": gitlab_internal_url,
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
    gitlab_url: str,
    application_id: str | Unset = UNSET,
    secret: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    gitlab_internal_url: None | str | Unset = UNSET,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                auth_id=auth_id,
                name=name,
                gitlab_url=gitlab_url,
                application_id=application_id,
                secret=secret,
                group_name=group_name,
                git_provider_id=git_provider_id,
                redirect_uri=redirect_uri,
                gitlab_internal_url=gitlab_internal_url,
            ),
        )
    )


async def asyncio(
    *,
    auth_id: str,
    name: str,
    gitlab_url: str,
    application_id: str | Unset = UNSET,
    secret: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    git_provider_id: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    gitlab_internal_url: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                auth_id=auth_id,
                name=name,
                gitlab_url=gitlab_url,
                application_id=application_id,
                secret=secret,
                group_name=group_name,
                git_provider_id=git_provider_id,
                redirect_uri=redirect_uri,
                gitlab_internal_url=gitlab_internal_url,
            ),
        )
    )

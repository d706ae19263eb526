"""`gitlab.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitlab.update"
METHOD = "POST"
PATH = "/gitlab.update"


def _get_kwargs(
    *,
    name: str,
    gitlab_id: str,
    gitlab_url: str,
    git_provider_id: str,
    application_id: str | Unset = UNSET,
    secret: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    gitlab_internal_url: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "gitlabId": gitlab_id,
                "gitlabUrl": gitlab_url,
                "gitProviderId": git_provider_id,
                "applicationId": application_id,
                "secret": secret,
                "groupName": group_name,
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
    name: str,
    gitlab_id: str,
    gitlab_url: str,
    git_provider_id: str,
    application_id: str | Unset = UNSET,
    secret: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    gitlab_internal_url: None | str | Unset = UNSET,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                gitlab_id=gitlab_id,
                gitlab_url=gitlab_url,
                git_provider_id=git_provider_id,
                application_id=application_id,
                secret=secret,
                group_name=group_name,
                redirect_uri=redirect_uri,
                gitlab_internal_url=gitlab_internal_url,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    gitlab_id: str,
    gitlab_url: str,
    git_provider_id: str,
    application_id: str | Unset = UNSET,
    secret: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    gitlab_internal_url: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                gitlab_id=gitlab_id,
                gitlab_url=gitlab_url,
                git_provider_id=git_provider_id,
                application_id=application_id,
                secret=secret,
                group_name=group_name,
                redirect_uri=redirect_uri,
                gitlab_internal_url=gitlab_internal_url,
            ),
        )
    )

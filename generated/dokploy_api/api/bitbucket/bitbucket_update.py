"""`bitbucket.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.bitbucket_update_result import BitbucketUpdateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "bitbucket.update"
METHOD = "POST"
PATH = "/bitbucket.update"


def _get_kwargs(
    *,
    bitbucket_id: str,
    git_provider_id: str,
    name: str,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    bitbucket_workspace_name: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "bitbucketId": bitbucket_id,
                "gitProviderId": git_provider_id,
                "name": name,
                "bitbucketUsername": bitbucket_username,
                "bitbucketEmail": bitbucket_email,
                "appPassword": app_password,
                "apiToken": api_token,
                "bitbucketWorkspaceName": bitbucket_workspace_name,
                "organizationId": organization_id,
            }
        ),
    }


def parse(data: Any) -> BitbucketUpdateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> BitbucketUpdateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BitbucketUpdateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BitbucketUpdateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("BitbucketUpdateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    bitbucket_id: str,
    git_provider_id: str,
    name: str,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    bitbucket_workspace_name: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    client: SyncEngine,
) -> BitbucketUpdateResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                bitbucket_id=bitbucket_id,
                git_provider_id=git_provider_id,
                name=name,
                bitbucket_username=bitbucket_username,
                bitbucket_email=bitbucket_email,
                app_password=app_password,
                api_token=api_token,
                bitbucket_workspace_name=bitbucket_workspace_name,
                organization_id=organization_id,
            ),
        )
    )


async def asyncio(
    *,
    bitbucket_id: str,
    git_provider_id: str,
    name: str,
    bitbucket_username: str | Unset = UNSET,
    bitbucket_email: str | Unset = UNSET,
    app_password: str | Unset = UNSET,
    api_token: str | Unset = UNSET,
    bitbucket_workspace_name: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> BitbucketUpdateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                bitbucket_id=bitbucket_id,
                git_provider_id=git_provider_id,
                name=name,
                bitbucket_username=bitbucket_username,
                bitbucket_email=bitbucket_email,
                app_password=app_password,
                api_token=api_token,
                bitbucket_workspace_name=bitbucket_workspace_name,
                organization_id=organization_id,
            ),
        )
    )

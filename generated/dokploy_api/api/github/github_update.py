"""`github.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "github.update"
METHOD = "POST"
PATH = "/github.update"


def _get_kwargs(
    *,
    github_id: str,
    name: str,
    git_provider_id: str,
    github_app_name: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "githubId": github_id,
                "name": name,
                "gitProviderId": git_provider_id,
                "githubAppName": github_app_name,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    github_id: str,
    name: str,
    git_provider_id: str,
    github_app_name: str,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                github_id=github_id,
                name=name,
                git_provider_id=git_provider_id,
                github_app_name=github_app_name,
            ),
        )
    )


async def asyncio(
    *,
    github_id: str,
    name: str,
    git_provider_id: str,
    github_app_name: str,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                github_id=github_id,
                name=name,
                git_provider_id=git_provider_id,
                github_app_name=github_app_name,
            ),
        )
    )

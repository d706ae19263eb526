"""`application.saveGithubProvider`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_save_github_provider_body_trigger_type import (
        ApplicationSaveGithubProviderBodyTriggerType,
    )

OPERATION = "application.saveGithubProvider"
METHOD = "POST"
PATH = "/application.saveGithubProvider"


def _get_kwargs(
    *,
    application_id: str,
    repository: None | str,
    owner: None | str,
    build_path: None | str,
    github_id: None | str,
    branch: str,
    trigger_type: ApplicationSaveGithubProviderBodyTriggerType = "push",
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "applicationId": application_id,
                "repository": repository,
                "owner": owner,
                "buildPath": build_path,
                "githubId": github_id,
                "branch": branch,
                "triggerType": trigger_type,
                "enableSubmodules": enable_submodules,
                "watchPaths": watch_paths,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    application_id: str,
    repository: None | str,
    owner: None | str,
    build_path: None | str,
    github_id: None | str,
    branch: str,
    trigger_type: ApplicationSaveGithubProviderBodyTriggerType = "push",
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                repository=repository,
                owner=owner,
                build_path=build_path,
                github_id=github_id,
                branch=branch,
                trigger_type=trigger_type,
                enable_submodules=enable_submodules,
                watch_paths=watch_paths,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    repository: None | str,
    owner: None | str,
    build_path: None | str,
    github_id: None | str,
    branch: str,
    trigger_type: ApplicationSaveGithubProviderBodyTriggerType = "push",
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                repository=repository,
                owner=owner,
                build_path=build_path,
                github_id=github_id,
                branch=branch,
                trigger_type=trigger_type,
                enable_submodules=enable_submodules,
                watch_paths=watch_paths,
            ),
        )
    )

"""`application.saveGitlabProvider`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.saveGitlabProvider"
METHOD = "POST"
PATH = "/application.saveGitlabProvider"


def _get_kwargs(
    *,
    application_id: str,
    gitlab_build_path: None | str,
    gitlab_owner: None | str,
    gitlab_repository: None | str,
    gitlab_id: None | str,
    gitlab_project_id: float | None,
    gitlab_path_namespace: None | str,
    gitlab_branch: str,
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
                "gitlabBuildPath": gitlab_build_path,
                "gitlabOwner": gitlab_owner,
                "gitlabRepository": gitlab_repository,
                "gitlabId": gitlab_id,
                "gitlabProjectId": gitlab_project_id,
                "gitlabPathNamespace": gitlab_path_namespace,
                "gitlabBranch": gitlab_branch,
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
    gitlab_build_path: None | str,
    gitlab_owner: None | str,
    gitlab_repository: None | str,
    gitlab_id: None | str,
    gitlab_project_id: float | None,
    gitlab_path_namespace: None | str,
    gitlab_branch: str,
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                gitlab_build_path=gitlab_build_path,
                gitlab_owner=gitlab_owner,
                gitlab_repository=gitlab_repository,
                gitlab_id=gitlab_id,
                gitlab_project_id=gitlab_project_id,
                gitlab_path_namespace=gitlab_path_namespace,
                gitlab_branch=gitlab_branch,
                enable_submodules=enable_submodules,
                watch_paths=watch_paths,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    gitlab_build_path: None | str,
    gitlab_owner: None | str,
    gitlab_repository: None | str,
    gitlab_id: None | str,
    gitlab_project_id: float | None,
    gitlab_path_namespace: None | str,
    gitlab_branch: str,
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                gitlab_build_path=gitlab_build_path,
                gitlab_owner=gitlab_owner,
                gitlab_repository=gitlab_repository,
                gitlab_id=gitlab_id,
                gitlab_project_id=gitlab_project_id,
                gitlab_path_namespace=gitlab_path_namespace,
                gitlab_branch=gitlab_branch,
                enable_submodules=enable_submodules,
                watch_paths=watch_paths,
            ),
        )
    )

"""`application.saveGitProvider`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.saveGitProvider"
METHOD = "POST"
PATH = "/application.saveGitProvider"


def _get_kwargs(
    *,
    application_id: str,
    custom_git_build_path: None | str,
    custom_git_url: None | str,
    watch_paths: list[str] | None,
    custom_git_branch: str,
    enable_submodules: bool | Unset = UNSET,
    custom_git_ssh_key_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "applicationId": application_id,
                "customGitBuildPath": custom_git_build_path,
                "customGitUrl": custom_git_url,
                "watchPaths": watch_paths,
                "customGitBranch": custom_git_branch,
                "enableSubmodules": enable_submodules,
                "customGitSSHKeyId": custom_git_ssh_key_id,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    application_id: str,
    custom_git_build_path: None | str,
    custom_git_url: None | str,
    watch_paths: list[str] | None,
    custom_git_branch: str,
    enable_submodules: bool | Unset = UNSET,
    custom_git_ssh_key_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                custom_git_build_path=custom_git_build_path,
                custom_git_url=custom_git_url,
                watch_paths=watch_paths,
                custom_git_branch=custom_git_branch,
                enable_submodules=enable_submodules,
                custom_git_ssh_key_id=custom_git_ssh_key_id,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    custom_git_build_path: None | str,
    custom_git_url: None | str,
    watch_paths: list[str] | None,
    custom_git_branch: str,
    enable_submodules: bool | Unset = UNSET,
    custom_git_ssh_key_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                custom_git_build_path=custom_git_build_path,
                custom_git_url=custom_git_url,
                watch_paths=watch_paths,
                custom_git_branch=custom_git_branch,
                enable_submodules=enable_submodules,
                custom_git_ssh_key_id=custom_git_ssh_key_id,
            ),
        )
    )

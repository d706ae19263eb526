"""`application.saveBitbucketProvider`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.saveBitbucketProvider"
METHOD = "POST"
PATH = "/application.saveBitbucketProvider"


def _get_kwargs(
    *,
    bitbucket_build_path: None | str,
    bitbucket_owner: None | str,
    bitbucket_repository: None | str,
    bitbucket_repository_slug: None | str,
    bitbucket_id: None | str,
    application_id: str,
    bitbucket_branch: str,
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "bitbucketBuildPath": bitbucket_build_path,
                "bitbucketOwner": bitbucket_owner,
                "bitbucketRepository": bitbucket_repository,
                "bitbucketRepositorySlug": bitbucket_repository_slug,
                "bitbucketId": bitbucket_id,
                "applicationId": application_id,
                "bitbucketBranch": bitbucket_branch,
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
    bitbucket_build_path: None | str,
    bitbucket_owner: None | str,
    bitbucket_repository: None | str,
    bitbucket_repository_slug: None | str,
    bitbucket_id: None | str,
    application_id: str,
    bitbucket_branch: str,
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                bitbucket_build_path=bitbucket_build_path,
                bitbucket_owner=bitbucket_owner,
                bitbucket_repository=bitbucket_repository,
                bitbucket_repository_slug=bitbucket_repository_slug,
                bitbucket_id=bitbucket_id,
                application_id=application_id,
                bitbucket_branch=bitbucket_branch,
                enable_submodules=enable_submodules,
                watch_paths=watch_paths,
            ),
        )
    )


async def asyncio(
    *,
    bitbucket_build_path: None | str,
    bitbucket_owner: None | str,
    bitbucket_repository: None | str,
    bitbucket_repository_slug: None | str,
    bitbucket_id: None | str,
    application_id: str,
    bitbucket_branch: str,
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                bitbucket_build_path=bitbucket_build_path,
                bitbucket_owner=bitbucket_owner,
                bitbucket_repository=bitbucket_repository,
                bitbucket_repository_slug=bitbucket_repository_slug,
                bitbucket_id=bitbucket_id,
                application_id=application_id,
                bitbucket_branch=bitbucket_branch,
                enable_submodules=enable_submodules,
                watch_paths=watch_paths,
            ),
        )
    )

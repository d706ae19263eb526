"""`application.saveGiteaProvider`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.saveGiteaProvider"
METHOD = "POST"
PATH = "/application.saveGiteaProvider"


def _get_kwargs(
    *,
    application_id: str,
    gitea_build_path: None | str,
    gitea_owner: None | str,
    gitea_repository: None | str,
    gitea_id: None | str,
    gitea_branch: str,
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
                "giteaBuildPath": gitea_build_path,
                "giteaOwner": gitea_owner,
                "giteaRepository": gitea_repository,
                "giteaId": gitea_id,
                "giteaBranch": gitea_branch,
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
    gitea_build_path: None | str,
    gitea_owner: None | str,
    gitea_repository: None | str,
    gitea_id: None | str,
    gitea_branch: str,
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                gitea_build_path=gitea_build_path,
                gitea_owner=gitea_owner,
                gitea_repository=gitea_repository,
                gitea_id=gitea_id,
                gitea_branch=gitea_branch,
                enable_submodules=enable_submodules,
                watch_paths=watch_paths,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    gitea_build_path: None | str,
    gitea_owner: None | str,
    gitea_repository: None | str,
    gitea_id: None | str,
    gitea_branch: str,
    enable_submodules: bool | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                gitea_build_path=gitea_build_path,
                gitea_owner=gitea_owner,
                gitea_repository=gitea_repository,
                gitea_id=gitea_id,
                gitea_branch=gitea_branch,
                enable_submodules=enable_submodules,
                watch_paths=watch_paths,
            ),
        )
    )

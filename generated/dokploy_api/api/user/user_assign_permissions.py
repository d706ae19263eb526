"""`user.assignPermissions`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "user.assignPermissions"
METHOD = "POST"
PATH = "/user.assignPermissions"


def _get_kwargs(
    *,
    id: str,
    accessed_projects: list[str],
    accessed_environments: list[str],
    accessed_services: list[str],
    accessed_git_providers: list[str],
    accessed_servers: list[str],
    can_create_projects: bool,
    can_create_services: bool,
    can_delete_projects: bool,
    can_delete_services: bool,
    can_access_to_docker: bool,
    can_access_to_traefik_files: bool,
    can_access_to_api: bool,
    can_access_to_ssh_keys: bool,
    can_access_to_git_providers: bool,
    can_delete_environments: bool,
    can_create_environments: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "id": id,
                "accessedProjects": accessed_projects,
                "accessedEnvironments": accessed_environments,
                "accessedServices": accessed_services,
                "accessedGitProviders": accessed_git_providers,
                "accessedServers": accessed_servers,
                "canCreateProjects": can_create_projects,
                "canCreateServices": can_create_services,
                "canDeleteProjects": can_delete_projects,
                "canDeleteServices": can_delete_services,
                "canAccessToDocker": can_access_to_docker,
                "canAccessToTraefikFiles": can_access_to_traefik_files,
                "canAccessToAPI": can_access_to_api,
                "canAccessToSSHKeys": can_access_to_ssh_keys,
                "canAccessToGitProviders": can_access_to_git_providers,
                "canDeleteEnvironments": can_delete_environments,
                "canCreateEnvironments": can_create_environments,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    id: str,
    accessed_projects: list[str],
    accessed_environments: list[str],
    accessed_services: list[str],
    accessed_git_providers: list[str],
    accessed_servers: list[str],
    can_create_projects: bool,
    can_create_services: bool,
    can_delete_projects: bool,
    can_delete_services: bool,
    can_access_to_docker: bool,
    can_access_to_traefik_files: bool,
    can_access_to_api: bool,
    can_access_to_ssh_keys: bool,
    can_access_to_git_providers: bool,
    can_delete_environments: bool,
    can_create_environments: bool,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                accessed_projects=accessed_projects,
                accessed_environments=accessed_environments,
                accessed_services=accessed_services,
                accessed_git_providers=accessed_git_providers,
                accessed_servers=accessed_servers,
                can_create_projects=can_create_projects,
                can_create_services=can_create_services,
                can_delete_projects=can_delete_projects,
                can_delete_services=can_delete_services,
                can_access_to_docker=can_access_to_docker,
                can_access_to_traefik_files=can_access_to_traefik_files,
                can_access_to_api=can_access_to_api,
                can_access_to_ssh_keys=can_access_to_ssh_keys,
                can_access_to_git_providers=can_access_to_git_providers,
                can_delete_environments=can_delete_environments,
                can_create_environments=can_create_environments,
            ),
        )
    )


async def asyncio(
    *,
    id: str,
    accessed_projects: list[str],
    accessed_environments: list[str],
    accessed_services: list[str],
    accessed_git_providers: list[str],
    accessed_servers: list[str],
    can_create_projects: bool,
    can_create_services: bool,
    can_delete_projects: bool,
    can_delete_services: bool,
    can_access_to_docker: bool,
    can_access_to_traefik_files: bool,
    can_access_to_api: bool,
    can_access_to_ssh_keys: bool,
    can_access_to_git_providers: bool,
    can_delete_environments: bool,
    can_create_environments: bool,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                accessed_projects=accessed_projects,
                accessed_environments=accessed_environments,
                accessed_services=accessed_services,
                accessed_git_providers=accessed_git_providers,
                accessed_servers=accessed_servers,
                can_create_projects=can_create_projects,
                can_create_services=can_create_services,
                can_delete_projects=can_delete_projects,
                can_delete_services=can_delete_services,
                can_access_to_docker=can_access_to_docker,
                can_access_to_traefik_files=can_access_to_traefik_files,
                can_access_to_api=can_access_to_api,
                can_access_to_ssh_keys=can_access_to_ssh_keys,
                can_access_to_git_providers=can_access_to_git_providers,
                can_delete_environments=can_delete_environments,
                can_create_environments=can_create_environments,
            ),
        )
    )

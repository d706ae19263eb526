"""`ai.deploy`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_deploy_body_config_files_item import AiDeployBodyConfigFilesItem
    from ...models.ai_deploy_body_domains_item import AiDeployBodyDomainsItem

OPERATION = "ai.deploy"
METHOD = "POST"
PATH = "/ai.deploy"


def _get_kwargs(
    *,
    environment_id: str,
    id: str,
    docker_compose: str,
    env_variables: str,
    name: str,
    description: str,
    server_id: str | Unset = UNSET,
    domains: list[AiDeployBodyDomainsItem] | Unset = UNSET,
    config_files: list[AiDeployBodyConfigFilesItem] | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "environmentId": environment_id,
                "id": id,
                "dockerCompose": docker_compose,
                "envVariables": env_variables,
                "name": name,
                "description": description,
                "serverId": server_id,
                "domains": domains,
                "configFiles": config_files,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(None, data)


def sync(
    *,
    environment_id: str,
    id: str,
    docker_compose: str,
    env_variables: str,
    name: str,
    description: str,
    server_id: str | Unset = UNSET,
    domains: list[AiDeployBodyDomainsItem] | Unset = UNSET,
    config_files: list[AiDeployBodyConfigFilesItem] | Unset = UNSET,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
                id=id,
                docker_compose=docker_compose,
                env_variables=env_variables,
                name=name,
                description=description,
                server_id=server_id,
                domains=domains,
                config_files=config_files,
            ),
        )
    )


async def asyncio(
    *,
    environment_id: str,
    id: str,
    docker_compose: str,
    env_variables: str,
    name: str,
    description: str,
    server_id: str | Unset = UNSET,
    domains: list[AiDeployBodyDomainsItem] | Unset = UNSET,
    config_files: list[AiDeployBodyConfigFilesItem] | Unset = UNSET,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
                id=id,
                docker_compose=docker_compose,
                env_variables=env_variables,
                name=name,
                description=description,
                server_id=server_id,
                domains=domains,
                config_files=config_files,
            ),
        )
    )

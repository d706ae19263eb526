"""`compose.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_create_result import ComposeCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_update_body_compose_status import (
        ComposeUpdateBodyComposeStatus,
    )
    from ...models.compose_update_body_compose_type import (
        ComposeUpdateBodyComposeType,
    )
    from ...models.compose_update_body_service_networks_type_0_item import ComposeUpdateBodyServiceNetworksType0Item
    from ...models.compose_update_body_source_type import ComposeUpdateBodySourceType
    from ...models.compose_update_body_trigger_type_type_0 import (
        ComposeUpdateBodyTriggerTypeType0,
    )

OPERATION = "compose.update"
METHOD = "POST"
PATH = "/compose.update"


def _get_kwargs(
    *,
    compose_id: str,
    name: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    env: None | str | Unset = UNSET,
    compose_file: str | Unset = UNSET,
    refresh_token: None | str | Unset = UNSET,
    source_type: ComposeUpdateBodySourceType | Unset = UNSET,
    compose_type: ComposeUpdateBodyComposeType | Unset = UNSET,
    repository: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    branch: None | str | Unset = UNSET,
    auto_deploy: bool | None | Unset = UNSET,
    gitlab_project_id: float | None | Unset = UNSET,
    gitlab_repository: None | str | Unset = UNSET,
    gitlab_owner: None | str | Unset = UNSET,
    gitlab_branch: None | str | Unset = UNSET,
    gitlab_path_namespace: None | str | Unset = UNSET,
    bitbucket_repository: None | str | Unset = UNSET,
    bitbucket_repository_slug: None | str | Unset = UNSET,
    bitbucket_owner: None | str | Unset = UNSET,
    bitbucket_branch: None | str | Unset = UNSET,
    gitea_repository: None | str | Unset = UNSET,
    gitea_owner: None | str | Unset = UNSET,
    gitea_branch: None | str | Unset = UNSET,
    custom_git_url: None | str | Unset = UNSET,
    custom_git_branch: None | str | Unset = UNSET,
    custom_git_ssh_key_id: None | str | Unset = UNSET,
    command: str | Unset = UNSET,
    create_env_file: bool | Unset = UNSET,
    enable_submodules: bool | Unset = UNSET,
    compose_path: str | Unset = UNSET,
    suffix: str | Unset = UNSET,
    randomize: bool | Unset = UNSET,
    isolated_deployment: bool | Unset = UNSET,
    isolated_deployments_volume: bool | Unset = UNSET,
    trigger_type: ComposeUpdateBodyTriggerTypeType0 | None | Unset = UNSET,
    compose_status: ComposeUpdateBodyComposeStatus | Unset = UNSET,
    icon: None | str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    github_id: None | str | Unset = UNSET,
    gitlab_id: None | str | Unset = UNSET,
    bitbucket_id: None | str | Unset = UNSET,
    gitea_id: None | str | Unset = UNSET,
    service_networks: list[ComposeUpdateBodyServiceNetworksType0Item] | None | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "composeId": compose_id,
                "name": name,
                "appName": app_name,
                "description": description,
                "env": env,
                "composeFile": compose_file,
                "refreshToken": refresh_token,
                "sourceType": source_type,
                "composeType": compose_type,
                "repository": repository,
                "owner": owner,
                "branch": branch,
                "autoDeploy": auto_deploy,
                "gitlabProjectId": gitlab_project_id,
                "gitlabRepository": gitlab_repository,
                "gitlabOwner": gitlab_owner,
                "gitlabBranch": gitlab_branch,
                "gitlabPathNamespace": gitlab_path_namespace,
                "bitbucketRepository": bitbucket_repository,
                "bitbucketRepositorySlug": bitbucket_repository_slug,
                "bitbucketOwner": bitbucket_owner,
                "bitbucketBranch": bitbucket_branch,
                "giteaRepository": gitea_repository,
                "giteaOwner": gitea_owner,
                "giteaBranch": gitea_branch,
                "customGitUrl": custom_git_url,
                "customGitBranch": custom_git_branch,
                "customGitSSHKeyId": custom_git_ssh_key_id,
                "command": command,
                "createEnvFile": create_env_file,
                "enableSubmodules": enable_submodules,
                "composePath": compose_path,
                "suffix": suffix,
                "randomize": randomize,
                "isolatedDeployment": isolated_deployment,
                "isolatedDeploymentsVolume": isolated_deployments_volume,
                "triggerType": trigger_type,
                "composeStatus": compose_status,
                "icon": icon,
                "environmentId": environment_id,
                "createdAt": created_at,
                "watchPaths": watch_paths,
                "githubId": github_id,
                "gitlabId": gitlab_id,
                "bitbucketId": bitbucket_id,
                "giteaId": gitea_id,
                "serviceNetworks": service_networks,
            }
        ),
    }


def parse(data: Any) -> ComposeCreateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> ComposeCreateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ComposeCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComposeCreateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposeCreateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    compose_id: str,
    name: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    env: None | str | Unset = UNSET,
    compose_file: str | Unset = UNSET,
    refresh_token: None | str | Unset = UNSET,
    source_type: ComposeUpdateBodySourceType | Unset = UNSET,
    compose_type: ComposeUpdateBodyComposeType | Unset = UNSET,
    repository: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    branch: None | str | Unset = UNSET,
    auto_deploy: bool | None | Unset = UNSET,
    gitlab_project_id: float | None | Unset = UNSET,
    gitlab_repository: None | str | Unset = UNSET,
    gitlab_owner: None | str | Unset = UNSET,
    gitlab_branch: None | str | Unset = UNSET,
    gitlab_path_namespace: None | str | Unset = UNSET,
    bitbucket_repository: None | str | Unset = UNSET,
    bitbucket_repository_slug: None | str | Unset = UNSET,
    bitbucket_owner: None | str | Unset = UNSET,
    bitbucket_branch: None | str | Unset = UNSET,
    gitea_repository: None | str | Unset = UNSET,
    gitea_owner: None | str | Unset = UNSET,
    gitea_branch: None | str | Unset = UNSET,
    custom_git_url: None | str | Unset = UNSET,
    custom_git_branch: None | str | Unset = UNSET,
    custom_git_ssh_key_id: None | str | Unset = UNSET,
    command: str | Unset = UNSET,
    create_env_file: bool | Unset = UNSET,
    enable_submodules: bool | Unset = UNSET,
    compose_path: str | Unset = UNSET,
    suffix: str | Unset = UNSET,
    randomize: bool | Unset = UNSET,
    isolated_deployment: bool | Unset = UNSET,
    isolated_deployments_volume: bool | Unset = UNSET,
    trigger_type: ComposeUpdateBodyTriggerTypeType0 | None | Unset = UNSET,
    compose_status: ComposeUpdateBodyComposeStatus | Unset = UNSET,
    icon: None | str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    github_id: None | str | Unset = UNSET,
    gitlab_id: None | str | Unset = UNSET,
    bitbucket_id: None | str | Unset = UNSET,
    gitea_id: None | str | Unset = UNSET,
    service_networks: list[ComposeUpdateBodyServiceNetworksType0Item] | None | Unset = UNSET,
    client: SyncEngine,
) -> ComposeCreateResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                name=name,
                app_name=app_name,
                description=description,
                env=env,
                compose_file=compose_file,
                refresh_token=refresh_token,
                source_type=source_type,
                compose_type=compose_type,
                repository=repository,
                owner=owner,
                branch=branch,
                auto_deploy=auto_deploy,
                gitlab_project_id=gitlab_project_id,
                gitlab_repository=gitlab_repository,
                gitlab_owner=gitlab_owner,
                gitlab_branch=gitlab_branch,
                gitlab_path_namespace=gitlab_path_namespace,
                bitbucket_repository=bitbucket_repository,
                bitbucket_repository_slug=bitbucket_repository_slug,
                bitbucket_owner=bitbucket_owner,
                bitbucket_branch=bitbucket_branch,
                gitea_repository=gitea_repository,
                gitea_owner=gitea_owner,
                gitea_branch=gitea_branch,
                custom_git_url=custom_git_url,
                custom_git_branch=custom_git_branch,
                custom_git_ssh_key_id=custom_git_ssh_key_id,
                command=command,
                create_env_file=create_env_file,
                enable_submodules=enable_submodules,
                compose_path=compose_path,
                suffix=suffix,
                randomize=randomize,
                isolated_deployment=isolated_deployment,
                isolated_deployments_volume=isolated_deployments_volume,
                trigger_type=trigger_type,
                compose_status=compose_status,
                icon=icon,
                environment_id=environment_id,
                created_at=created_at,
                watch_paths=watch_paths,
                github_id=github_id,
                gitlab_id=gitlab_id,
                bitbucket_id=bitbucket_id,
                gitea_id=gitea_id,
                service_networks=service_networks,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    name: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    env: None | str | Unset = UNSET,
    compose_file: str | Unset = UNSET,
    refresh_token: None | str | Unset = UNSET,
    source_type: ComposeUpdateBodySourceType | Unset = UNSET,
    compose_type: ComposeUpdateBodyComposeType | Unset = UNSET,
    repository: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    branch: None | str | Unset = UNSET,
    auto_deploy: bool | None | Unset = UNSET,
    gitlab_project_id: float | None | Unset = UNSET,
    gitlab_repository: None | str | Unset = UNSET,
    gitlab_owner: None | str | Unset = UNSET,
    gitlab_branch: None | str | Unset = UNSET,
    gitlab_path_namespace: None | str | Unset = UNSET,
    bitbucket_repository: None | str | Unset = UNSET,
    bitbucket_repository_slug: None | str | Unset = UNSET,
    bitbucket_owner: None | str | Unset = UNSET,
    bitbucket_branch: None | str | Unset = UNSET,
    gitea_repository: None | str | Unset = UNSET,
    gitea_owner: None | str | Unset = UNSET,
    gitea_branch: None | str | Unset = UNSET,
    custom_git_url: None | str | Unset = UNSET,
    custom_git_branch: None | str | Unset = UNSET,
    custom_git_ssh_key_id: None | str | Unset = UNSET,
    command: str | Unset = UNSET,
    create_env_file: bool | Unset = UNSET,
    enable_submodules: bool | Unset = UNSET,
    compose_path: str | Unset = UNSET,
    suffix: str | Unset = UNSET,
    randomize: bool | Unset = UNSET,
    isolated_deployment: bool | Unset = UNSET,
    isolated_deployments_volume: bool | Unset = UNSET,
    trigger_type: ComposeUpdateBodyTriggerTypeType0 | None | Unset = UNSET,
    compose_status: ComposeUpdateBodyComposeStatus | Unset = UNSET,
    icon: None | str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    watch_paths: list[str] | None | Unset = UNSET,
    github_id: None | str | Unset = UNSET,
    gitlab_id: None | str | Unset = UNSET,
    bitbucket_id: None | str | Unset = UNSET,
    gitea_id: None | str | Unset = UNSET,
    service_networks: list[ComposeUpdateBodyServiceNetworksType0Item] | None | Unset = UNSET,
    client: AsyncEngine,
) -> ComposeCreateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                name=name,
                app_name=app_name,
                description=description,
                env=env,
                compose_file=compose_file,
                refresh_token=refresh_token,
                source_type=source_type,
                compose_type=compose_type,
                repository=repository,
                owner=owner,
                branch=branch,
                auto_deploy=auto_deploy,
                gitlab_project_id=gitlab_project_id,
                gitlab_repository=gitlab_repository,
                gitlab_owner=gitlab_owner,
                gitlab_branch=gitlab_branch,
                gitlab_path_namespace=gitlab_path_namespace,
                bitbucket_repository=bitbucket_repository,
                bitbucket_repository_slug=bitbucket_repository_slug,
                bitbucket_owner=bitbucket_owner,
                bitbucket_branch=bitbucket_branch,
                gitea_repository=gitea_repository,
                gitea_owner=gitea_owner,
                gitea_branch=gitea_branch,
                custom_git_url=custom_git_url,
                custom_git_branch=custom_git_branch,
                custom_git_ssh_key_id=custom_git_ssh_key_id,
                command=command,
                create_env_file=create_env_file,
                enable_submodules=enable_submodules,
                compose_path=compose_path,
                suffix=suffix,
                randomize=randomize,
                isolated_deployment=isolated_deployment,
                isolated_deployments_volume=isolated_deployments_volume,
                trigger_type=trigger_type,
                compose_status=compose_status,
                icon=icon,
                environment_id=environment_id,
                created_at=created_at,
                watch_paths=watch_paths,
                github_id=github_id,
                gitlab_id=gitlab_id,
                bitbucket_id=bitbucket_id,
                gitea_id=gitea_id,
                service_networks=service_networks,
            ),
        )
    )

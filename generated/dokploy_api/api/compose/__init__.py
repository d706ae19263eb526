"""Operations of Dokploy's `compose` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_test_connection_result import AiTestConnectionResult
    from ...models.application_search_result import ApplicationSearchResult
    from ...models.compose import Compose
    from ...models.compose_create_body_compose_type import ComposeCreateBodyComposeType
    from ...models.compose_create_body_source_type import ComposeCreateBodySourceType
    from ...models.compose_create_result import ComposeCreateResult
    from ...models.compose_delete_result import ComposeDeleteResult
    from ...models.compose_deploy_result import ComposeDeployResult
    from ...models.compose_fetch_source_type_result import ComposeFetchSourceTypeResult
    from ...models.compose_load_mounts_by_service_item import ComposeLoadMountsByServiceItem
    from ...models.compose_load_services_type import ComposeLoadServicesType
    from ...models.compose_preview_template_result import ComposePreviewTemplateResult
    from ...models.compose_templates_item import ComposeTemplatesItem
    from ...models.compose_update_body_compose_status import ComposeUpdateBodyComposeStatus
    from ...models.compose_update_body_compose_type import ComposeUpdateBodyComposeType
    from ...models.compose_update_body_service_networks_type_0_item import ComposeUpdateBodyServiceNetworksType0Item
    from ...models.compose_update_body_source_type import ComposeUpdateBodySourceType
    from ...models.compose_update_body_trigger_type_type_0 import ComposeUpdateBodyTriggerTypeType0


class ComposeResource:
    """`compose.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def cancel_deployment(
        self,
        *,
        compose_id: str,
    ) -> AiTestConnectionResult:
        """`POST /compose.cancelDeployment`"""
        from .compose_cancel_deployment import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def clean_queues(
        self,
        *,
        compose_id: str,
    ) -> AiTestConnectionResult:
        """`POST /compose.cleanQueues`"""
        from .compose_clean_queues import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def clear_deployments(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.clearDeployments`"""
        from .compose_clear_deployments import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        environment_id: str,
        description: None | str | Unset = UNSET,
        compose_type: ComposeCreateBodyComposeType | Unset = UNSET,
        app_name: str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        compose_file: str | Unset = UNSET,
        source_type: ComposeCreateBodySourceType | Unset = UNSET,
    ) -> ComposeCreateResult:
        """`POST /compose.create`"""
        from .compose_create import sync

        return sync(
            name=name,
            environment_id=environment_id,
            description=description,
            compose_type=compose_type,
            app_name=app_name,
            server_id=server_id,
            compose_file=compose_file,
            source_type=source_type,
            client=self._engine,
        )

    def delete(
        self,
        *,
        compose_id: str,
        delete_volumes: bool,
    ) -> ComposeDeleteResult:
        """`POST /compose.delete`"""
        from .compose_delete import sync

        return sync(
            compose_id=compose_id,
            delete_volumes=delete_volumes,
            client=self._engine,
        )

    def deploy(
        self,
        *,
        compose_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool | ComposeDeployResult:
        """`POST /compose.deploy`"""
        from .compose_deploy import sync

        return sync(
            compose_id=compose_id,
            title=title,
            description=description,
            client=self._engine,
        )

    def deploy_template(
        self,
        *,
        environment_id: str,
        id: str,
        server_id: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
    ) -> ComposeCreateResult:
        """`POST /compose.deployTemplate`"""
        from .compose_deploy_template import sync

        return sync(
            environment_id=environment_id,
            id=id,
            server_id=server_id,
            base_url=base_url,
            client=self._engine,
        )

    def disconnect_git_provider(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.disconnectGitProvider`"""
        from .compose_disconnect_git_provider import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def fetch_source_type(
        self,
        *,
        compose_id: str,
    ) -> ComposeFetchSourceTypeResult:
        """`POST /compose.fetchSourceType`"""
        from .compose_fetch_source_type import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def get_converted_compose(
        self,
        *,
        compose_id: str,
    ) -> str:
        """`GET /compose.getConvertedCompose`"""
        from .compose_get_converted_compose import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def get_default_command(
        self,
        *,
        compose_id: str,
    ) -> str:
        """`GET /compose.getDefaultCommand`"""
        from .compose_get_default_command import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def get_tags(
        self,
        *,
        base_url: str | Unset = UNSET,
    ) -> list[str]:
        """`GET /compose.getTags`"""
        from .compose_get_tags import sync

        return sync(
            base_url=base_url,
            client=self._engine,
        )

    def import_(
        self,
        *,
        base64: str,
        compose_id: str,
    ) -> AiTestConnectionResult:
        """`POST /compose.import`"""
        from .compose_import import sync

        return sync(
            base64=base64,
            compose_id=compose_id,
            client=self._engine,
        )

    def isolated_deployment(
        self,
        *,
        compose_id: str,
        suffix: str | Unset = UNSET,
    ) -> str:
        """`POST /compose.isolatedDeployment`"""
        from .compose_isolated_deployment import sync

        return sync(
            compose_id=compose_id,
            suffix=suffix,
            client=self._engine,
        )

    def kill_build(
        self,
        *,
        compose_id: str,
    ) -> None:
        """`POST /compose.killBuild`"""
        from .compose_kill_build import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def load_mounts_by_service(
        self,
        *,
        compose_id: str,
        service_name: str,
    ) -> list[ComposeLoadMountsByServiceItem] | None:
        """`GET /compose.loadMountsByService`"""
        from .compose_load_mounts_by_service import sync

        return sync(
            compose_id=compose_id,
            service_name=service_name,
            client=self._engine,
        )

    def load_services(
        self,
        *,
        compose_id: str,
        type_: ComposeLoadServicesType | Unset = "cache",
    ) -> list[str]:
        """`GET /compose.loadServices`"""
        from .compose_load_services import sync

        return sync(
            compose_id=compose_id,
            type_=type_,
            client=self._engine,
        )

    def move(
        self,
        *,
        compose_id: str,
        target_environment_id: str,
    ) -> ComposeCreateResult:
        """`POST /compose.move`"""
        from .compose_move import sync

        return sync(
            compose_id=compose_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        compose_id: str,
    ) -> Compose:
        """`GET /compose.one`"""
        from .compose_one import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def preview_template(
        self,
        *,
        base64: str,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> ComposePreviewTemplateResult:
        """`POST /compose.previewTemplate`"""
        from .compose_preview_template import sync

        return sync(
            base64=base64,
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    def process_template(
        self,
        *,
        base64: str,
        compose_id: str,
    ) -> ComposePreviewTemplateResult:
        """`POST /compose.processTemplate`"""
        from .compose_process_template import sync

        return sync(
            base64=base64,
            compose_id=compose_id,
            client=self._engine,
        )

    def randomize_compose(
        self,
        *,
        compose_id: str,
        suffix: str | Unset = UNSET,
    ) -> str:
        """`POST /compose.randomizeCompose`"""
        from .compose_randomize_compose import sync

        return sync(
            compose_id=compose_id,
            suffix=suffix,
            client=self._engine,
        )

    def read_logs(
        self,
        *,
        compose_id: str,
        container_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /compose.readLogs`"""
        from .compose_read_logs import sync

        return sync(
            compose_id=compose_id,
            container_id=container_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    def redeploy(
        self,
        *,
        compose_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool | ComposeDeployResult:
        """`POST /compose.redeploy`"""
        from .compose_redeploy import sync

        return sync(
            compose_id=compose_id,
            title=title,
            description=description,
            client=self._engine,
        )

    def refresh_token(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.refreshToken`"""
        from .compose_refresh_token import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def save_environment(
        self,
        *,
        compose_id: str,
        env: None | str,
        create_env_file: bool | Unset = UNSET,
    ) -> bool:
        """`POST /compose.saveEnvironment`"""
        from .compose_save_environment import sync

        return sync(
            compose_id=compose_id,
            env=env,
            create_env_file=create_env_file,
            client=self._engine,
        )

    def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /compose.search`"""
        from .compose_search import sync

        return sync(
            q=q,
            name=name,
            app_name=app_name,
            description=description,
            project_id=project_id,
            environment_id=environment_id,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    def start(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.start`"""
        from .compose_start import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def stop(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.stop`"""
        from .compose_stop import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def templates(
        self,
        *,
        base_url: str | Unset = UNSET,
    ) -> list[ComposeTemplatesItem]:
        """`GET /compose.templates`"""
        from .compose_templates import sync

        return sync(
            base_url=base_url,
            client=self._engine,
        )

    def update(
        self,
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
    ) -> ComposeCreateResult | None:
        """`POST /compose.update`"""
        from .compose_update import sync

        return sync(
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
            client=self._engine,
        )


class AsyncComposeResource:
    """`compose.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def cancel_deployment(
        self,
        *,
        compose_id: str,
    ) -> AiTestConnectionResult:
        """`POST /compose.cancelDeployment`"""
        from .compose_cancel_deployment import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def clean_queues(
        self,
        *,
        compose_id: str,
    ) -> AiTestConnectionResult:
        """`POST /compose.cleanQueues`"""
        from .compose_clean_queues import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def clear_deployments(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.clearDeployments`"""
        from .compose_clear_deployments import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        environment_id: str,
        description: None | str | Unset = UNSET,
        compose_type: ComposeCreateBodyComposeType | Unset = UNSET,
        app_name: str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        compose_file: str | Unset = UNSET,
        source_type: ComposeCreateBodySourceType | Unset = UNSET,
    ) -> ComposeCreateResult:
        """`POST /compose.create`"""
        from .compose_create import asyncio

        return await asyncio(
            name=name,
            environment_id=environment_id,
            description=description,
            compose_type=compose_type,
            app_name=app_name,
            server_id=server_id,
            compose_file=compose_file,
            source_type=source_type,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        compose_id: str,
        delete_volumes: bool,
    ) -> ComposeDeleteResult:
        """`POST /compose.delete`"""
        from .compose_delete import asyncio

        return await asyncio(
            compose_id=compose_id,
            delete_volumes=delete_volumes,
            client=self._engine,
        )

    async def deploy(
        self,
        *,
        compose_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool | ComposeDeployResult:
        """`POST /compose.deploy`"""
        from .compose_deploy import asyncio

        return await asyncio(
            compose_id=compose_id,
            title=title,
            description=description,
            client=self._engine,
        )

    async def deploy_template(
        self,
        *,
        environment_id: str,
        id: str,
        server_id: str | Unset = UNSET,
        base_url: str | Unset = UNSET,
    ) -> ComposeCreateResult:
        """`POST /compose.deployTemplate`"""
        from .compose_deploy_template import asyncio

        return await asyncio(
            environment_id=environment_id,
            id=id,
            server_id=server_id,
            base_url=base_url,
            client=self._engine,
        )

    async def disconnect_git_provider(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.disconnectGitProvider`"""
        from .compose_disconnect_git_provider import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def fetch_source_type(
        self,
        *,
        compose_id: str,
    ) -> ComposeFetchSourceTypeResult:
        """`POST /compose.fetchSourceType`"""
        from .compose_fetch_source_type import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def get_converted_compose(
        self,
        *,
        compose_id: str,
    ) -> str:
        """`GET /compose.getConvertedCompose`"""
        from .compose_get_converted_compose import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def get_default_command(
        self,
        *,
        compose_id: str,
    ) -> str:
        """`GET /compose.getDefaultCommand`"""
        from .compose_get_default_command import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def get_tags(
        self,
        *,
        base_url: str | Unset = UNSET,
    ) -> list[str]:
        """`GET /compose.getTags`"""
        from .compose_get_tags import asyncio

        return await asyncio(
            base_url=base_url,
            client=self._engine,
        )

    async def import_(
        self,
        *,
        base64: str,
        compose_id: str,
    ) -> AiTestConnectionResult:
        """`POST /compose.import`"""
        from .compose_import import asyncio

        return await asyncio(
            base64=base64,
            compose_id=compose_id,
            client=self._engine,
        )

    async def isolated_deployment(
        self,
        *,
        compose_id: str,
        suffix: str | Unset = UNSET,
    ) -> str:
        """`POST /compose.isolatedDeployment`"""
        from .compose_isolated_deployment import asyncio

        return await asyncio(
            compose_id=compose_id,
            suffix=suffix,
            client=self._engine,
        )

    async def kill_build(
        self,
        *,
        compose_id: str,
    ) -> None:
        """`POST /compose.killBuild`"""
        from .compose_kill_build import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def load_mounts_by_service(
        self,
        *,
        compose_id: str,
        service_name: str,
    ) -> list[ComposeLoadMountsByServiceItem] | None:
        """`GET /compose.loadMountsByService`"""
        from .compose_load_mounts_by_service import asyncio

        return await asyncio(
            compose_id=compose_id,
            service_name=service_name,
            client=self._engine,
        )

    async def load_services(
        self,
        *,
        compose_id: str,
        type_: ComposeLoadServicesType | Unset = "cache",
    ) -> list[str]:
        """`GET /compose.loadServices`"""
        from .compose_load_services import asyncio

        return await asyncio(
            compose_id=compose_id,
            type_=type_,
            client=self._engine,
        )

    async def move(
        self,
        *,
        compose_id: str,
        target_environment_id: str,
    ) -> ComposeCreateResult:
        """`POST /compose.move`"""
        from .compose_move import asyncio

        return await asyncio(
            compose_id=compose_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        compose_id: str,
    ) -> Compose:
        """`GET /compose.one`"""
        from .compose_one import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def preview_template(
        self,
        *,
        base64: str,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> ComposePreviewTemplateResult:
        """`POST /compose.previewTemplate`"""
        from .compose_preview_template import asyncio

        return await asyncio(
            base64=base64,
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    async def process_template(
        self,
        *,
        base64: str,
        compose_id: str,
    ) -> ComposePreviewTemplateResult:
        """`POST /compose.processTemplate`"""
        from .compose_process_template import asyncio

        return await asyncio(
            base64=base64,
            compose_id=compose_id,
            client=self._engine,
        )

    async def randomize_compose(
        self,
        *,
        compose_id: str,
        suffix: str | Unset = UNSET,
    ) -> str:
        """`POST /compose.randomizeCompose`"""
        from .compose_randomize_compose import asyncio

        return await asyncio(
            compose_id=compose_id,
            suffix=suffix,
            client=self._engine,
        )

    async def read_logs(
        self,
        *,
        compose_id: str,
        container_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /compose.readLogs`"""
        from .compose_read_logs import asyncio

        return await asyncio(
            compose_id=compose_id,
            container_id=container_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    async def redeploy(
        self,
        *,
        compose_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool | ComposeDeployResult:
        """`POST /compose.redeploy`"""
        from .compose_redeploy import asyncio

        return await asyncio(
            compose_id=compose_id,
            title=title,
            description=description,
            client=self._engine,
        )

    async def refresh_token(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.refreshToken`"""
        from .compose_refresh_token import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def save_environment(
        self,
        *,
        compose_id: str,
        env: None | str,
        create_env_file: bool | Unset = UNSET,
    ) -> bool:
        """`POST /compose.saveEnvironment`"""
        from .compose_save_environment import asyncio

        return await asyncio(
            compose_id=compose_id,
            env=env,
            create_env_file=create_env_file,
            client=self._engine,
        )

    async def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /compose.search`"""
        from .compose_search import asyncio

        return await asyncio(
            q=q,
            name=name,
            app_name=app_name,
            description=description,
            project_id=project_id,
            environment_id=environment_id,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    async def start(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.start`"""
        from .compose_start import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def stop(
        self,
        *,
        compose_id: str,
    ) -> bool:
        """`POST /compose.stop`"""
        from .compose_stop import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def templates(
        self,
        *,
        base_url: str | Unset = UNSET,
    ) -> list[ComposeTemplatesItem]:
        """`GET /compose.templates`"""
        from .compose_templates import asyncio

        return await asyncio(
            base_url=base_url,
            client=self._engine,
        )

    async def update(
        self,
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
    ) -> ComposeCreateResult | None:
        """`POST /compose.update`"""
        from .compose_update import asyncio

        return await asyncio(
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
            client=self._engine,
        )

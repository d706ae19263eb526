"""Operations of Dokploy's `application` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_test_connection_result import AiTestConnectionResult
    from ...models.application import Application
    from ...models.application_create_body_source_type import ApplicationCreateBodySourceType
    from ...models.application_create_result import ApplicationCreateResult
    from ...models.application_delete_result import ApplicationDeleteResult
    from ...models.application_read_app_monitoring_result import ApplicationReadAppMonitoringResult
    from ...models.application_save_build_type_body_build_type import ApplicationSaveBuildTypeBodyBuildType
    from ...models.application_save_github_provider_body_trigger_type import (
        ApplicationSaveGithubProviderBodyTriggerType,
    )
    from ...models.application_search_result import ApplicationSearchResult
    from ...models.application_update_body_application_status import ApplicationUpdateBodyApplicationStatus
    from ...models.application_update_body_build_type import ApplicationUpdateBodyBuildType
    from ...models.application_update_body_preview_certificate_type import ApplicationUpdateBodyPreviewCertificateType
    from ...models.application_update_body_source_type import ApplicationUpdateBodySourceType
    from ...models.application_update_body_trigger_type_type_0 import ApplicationUpdateBodyTriggerTypeType0
    from ...models.endpoint_spec_swarm import EndpointSpecSwarm
    from ...models.health_check_swarm import HealthCheckSwarm
    from ...models.labels_swarm import LabelsSwarm
    from ...models.mode_swarm import ModeSwarm
    from ...models.network_swarm_item import NetworkSwarmItem
    from ...models.placement_swarm import PlacementSwarm
    from ...models.restart_policy_swarm import RestartPolicySwarm
    from ...models.ulimits_swarm_item import UlimitsSwarmItem
    from ...models.update_config_swarm import UpdateConfigSwarm


class ApplicationResource:
    """`application.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def cancel_deployment(
        self,
        *,
        application_id: str,
    ) -> AiTestConnectionResult:
        """`POST /application.cancelDeployment`"""
        from .application_cancel_deployment import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def clean_queues(
        self,
        *,
        application_id: str,
    ) -> None:
        """`POST /application.cleanQueues`"""
        from .application_clean_queues import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def clear_deployments(
        self,
        *,
        application_id: str,
    ) -> bool:
        """`POST /application.clearDeployments`"""
        from .application_clear_deployments import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        environment_id: str,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        source_type: ApplicationCreateBodySourceType | Unset = UNSET,
    ) -> ApplicationCreateResult:
        """`POST /application.create`"""
        from .application_create import sync

        return sync(
            name=name,
            environment_id=environment_id,
            app_name=app_name,
            description=description,
            server_id=server_id,
            source_type=source_type,
            client=self._engine,
        )

    def delete(
        self,
        *,
        application_id: str,
    ) -> ApplicationDeleteResult:
        """`POST /application.delete`"""
        from .application_delete import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def deploy(
        self,
        *,
        application_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool | None:
        """`POST /application.deploy`"""
        from .application_deploy import sync

        return sync(
            application_id=application_id,
            title=title,
            description=description,
            client=self._engine,
        )

    def disconnect_git_provider(
        self,
        *,
        application_id: str,
    ) -> bool:
        """`POST /application.disconnectGitProvider`"""
        from .application_disconnect_git_provider import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def drop_deployment(
        self,
        *,
        application_id: str,
        zip_: File,
        drop_build_path: str | Unset = UNSET,
    ) -> bool:
        """`POST /application.dropDeployment`"""
        from .application_drop_deployment import sync

        return sync(
            application_id=application_id,
            zip_=zip_,
            drop_build_path=drop_build_path,
            client=self._engine,
        )

    def kill_build(
        self,
        *,
        application_id: str,
    ) -> None:
        """`POST /application.killBuild`"""
        from .application_kill_build import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def mark_running(
        self,
        *,
        application_id: str,
    ) -> None:
        """`POST /application.markRunning`"""
        from .application_mark_running import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def move(
        self,
        *,
        application_id: str,
        target_environment_id: str,
    ) -> ApplicationCreateResult:
        """`POST /application.move`"""
        from .application_move import sync

        return sync(
            application_id=application_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        application_id: str,
    ) -> Application:
        """`GET /application.one`"""
        from .application_one import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def read_app_monitoring(
        self,
        *,
        app_name: str,
    ) -> ApplicationReadAppMonitoringResult | None:
        """`GET /application.readAppMonitoring`"""
        from .application_read_app_monitoring import sync

        return sync(
            app_name=app_name,
            client=self._engine,
        )

    def read_logs(
        self,
        *,
        application_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /application.readLogs`"""
        from .application_read_logs import sync

        return sync(
            application_id=application_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    def read_traefik_config(
        self,
        *,
        application_id: str,
    ) -> None | str:
        """`GET /application.readTraefikConfig`"""
        from .application_read_traefik_config import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def redeploy(
        self,
        *,
        application_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool | None:
        """`POST /application.redeploy`"""
        from .application_redeploy import sync

        return sync(
            application_id=application_id,
            title=title,
            description=description,
            client=self._engine,
        )

    def refresh_token(
        self,
        *,
        application_id: str,
    ) -> bool:
        """`POST /application.refreshToken`"""
        from .application_refresh_token import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def reload(
        self,
        *,
        app_name: str,
        application_id: str,
    ) -> bool:
        """`POST /application.reload`"""
        from .application_reload import sync

        return sync(
            app_name=app_name,
            application_id=application_id,
            client=self._engine,
        )

    def save_bitbucket_provider(
        self,
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
    ) -> bool:
        """`POST /application.saveBitbucketProvider`"""
        from .application_save_bitbucket_provider import sync

        return sync(
            bitbucket_build_path=bitbucket_build_path,
            bitbucket_owner=bitbucket_owner,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            bitbucket_id=bitbucket_id,
            application_id=application_id,
            bitbucket_branch=bitbucket_branch,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
            client=self._engine,
        )

    def save_build_type(
        self,
        *,
        application_id: str,
        build_type: ApplicationSaveBuildTypeBodyBuildType,
        dockerfile: None | str,
        docker_context_path: None | str,
        docker_build_stage: None | str,
        heroku_version: None | str,
        railpack_version: None | str,
        publish_directory: None | str | Unset = UNSET,
        is_static_spa: bool | None | Unset = UNSET,
    ) -> bool:
        """`POST /application.saveBuildType`"""
        from .application_save_build_type import sync

        return sync(
            application_id=application_id,
            build_type=build_type,
            dockerfile=dockerfile,
            docker_context_path=docker_context_path,
            docker_build_stage=docker_build_stage,
            heroku_version=heroku_version,
            railpack_version=railpack_version,
            publish_directory=publish_directory,
            is_static_spa=is_static_spa,
            client=self._engine,
        )

    def save_docker_provider(
        self,
        *,
        docker_image: None | str,
        application_id: str,
        username: None | str,
        password: None | str,
        registry_url: None | str,
    ) -> bool:
        """`POST /application.saveDockerProvider`"""
        from .application_save_docker_provider import sync

        return sync(
            docker_image=docker_image,
            application_id=application_id,
            username=username,
            password=password,
            registry_url=registry_url,
            client=self._engine,
        )

    def save_environment(
        self,
        *,
        application_id: str,
        env: None | str,
        build_args: None | str,
        build_secrets: None | str,
        create_env_file: bool,
    ) -> bool:
        """`POST /application.saveEnvironment`"""
        from .application_save_environment import sync

        return sync(
            application_id=application_id,
            env=env,
            build_args=build_args,
            build_secrets=build_secrets,
            create_env_file=create_env_file,
            client=self._engine,
        )

    def save_git_provider(
        self,
        *,
        application_id: str,
        custom_git_build_path: None | str,
        custom_git_url: None | str,
        watch_paths: list[str] | None,
        custom_git_branch: str,
        enable_submodules: bool | Unset = UNSET,
        custom_git_ssh_key_id: None | str | Unset = UNSET,
    ) -> bool:
        """`POST /application.saveGitProvider`"""
        from .application_save_git_provider import sync

        return sync(
            application_id=application_id,
            custom_git_build_path=custom_git_build_path,
            custom_git_url=custom_git_url,
            watch_paths=watch_paths,
            custom_git_branch=custom_git_branch,
            enable_submodules=enable_submodules,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
            client=self._engine,
        )

    def save_gitea_provider(
        self,
        *,
        application_id: str,
        gitea_build_path: None | str,
        gitea_owner: None | str,
        gitea_repository: None | str,
        gitea_id: None | str,
        gitea_branch: str,
        enable_submodules: bool | Unset = UNSET,
        watch_paths: list[str] | None | Unset = UNSET,
    ) -> bool:
        """`POST /application.saveGiteaProvider`"""
        from .application_save_gitea_provider import sync

        return sync(
            application_id=application_id,
            gitea_build_path=gitea_build_path,
            gitea_owner=gitea_owner,
            gitea_repository=gitea_repository,
            gitea_id=gitea_id,
            gitea_branch=gitea_branch,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
            client=self._engine,
        )

    def save_github_provider(
        self,
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
    ) -> bool:
        """`POST /application.saveGithubProvider`"""
        from .application_save_github_provider import sync

        return sync(
            application_id=application_id,
            repository=repository,
            owner=owner,
            build_path=build_path,
            github_id=github_id,
            branch=branch,
            trigger_type=trigger_type,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
            client=self._engine,
        )

    def save_gitlab_provider(
        self,
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
    ) -> bool:
        """`POST /application.saveGitlabProvider`"""
        from .application_save_gitlab_provider import sync

        return sync(
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
            client=self._engine,
        )

    def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        repository: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /application.search`"""
        from .application_search import sync

        return sync(
            q=q,
            name=name,
            app_name=app_name,
            description=description,
            repository=repository,
            owner=owner,
            docker_image=docker_image,
            project_id=project_id,
            environment_id=environment_id,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    def start(
        self,
        *,
        application_id: str,
    ) -> ApplicationDeleteResult:
        """`POST /application.start`"""
        from .application_start import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def stop(
        self,
        *,
        application_id: str,
    ) -> ApplicationDeleteResult:
        """`POST /application.stop`"""
        from .application_stop import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        application_id: str,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        env: None | str | Unset = UNSET,
        preview_env: None | str | Unset = UNSET,
        watch_paths: list[str] | None | Unset = UNSET,
        preview_build_args: None | str | Unset = UNSET,
        preview_build_secrets: None | str | Unset = UNSET,
        preview_labels: list[str] | None | Unset = UNSET,
        preview_wildcard: None | str | Unset = UNSET,
        preview_port: float | None | Unset = UNSET,
        preview_https: bool | Unset = UNSET,
        preview_path: None | str | Unset = UNSET,
        preview_certificate_type: ApplicationUpdateBodyPreviewCertificateType | Unset = UNSET,
        preview_custom_cert_resolver: None | str | Unset = UNSET,
        preview_limit: float | None | Unset = UNSET,
        is_preview_deployments_active: bool | None | Unset = UNSET,
        preview_require_collaborator_permissions: bool | None | Unset = UNSET,
        rollback_active: bool | None | Unset = UNSET,
        build_args: None | str | Unset = UNSET,
        build_secrets: None | str | Unset = UNSET,
        memory_reservation: None | str | Unset = UNSET,
        memory_limit: None | str | Unset = UNSET,
        cpu_reservation: None | str | Unset = UNSET,
        cpu_limit: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        subtitle: None | str | Unset = UNSET,
        command: None | str | Unset = UNSET,
        args: list[str] | None | Unset = UNSET,
        icon: None | str | Unset = UNSET,
        refresh_token: None | str | Unset = UNSET,
        source_type: ApplicationUpdateBodySourceType | Unset = UNSET,
        clean_cache: bool | None | Unset = UNSET,
        repository: None | str | Unset = UNSET,
        owner: None | str | Unset = UNSET,
        branch: None | str | Unset = UNSET,
        build_path: None | str | Unset = UNSET,
        trigger_type: ApplicationUpdateBodyTriggerTypeType0 | None | Unset = UNSET,
        auto_deploy: bool | None | Unset = UNSET,
        gitlab_project_id: float | None | Unset = UNSET,
        gitlab_repository: None | str | Unset = UNSET,
        gitlab_owner: None | str | Unset = UNSET,
        gitlab_branch: None | str | Unset = UNSET,
        gitlab_build_path: None | str | Unset = UNSET,
        gitlab_path_namespace: None | str | Unset = UNSET,
        gitea_repository: None | str | Unset = UNSET,
        gitea_owner: None | str | Unset = UNSET,
        gitea_branch: None | str | Unset = UNSET,
        gitea_build_path: None | str | Unset = UNSET,
        bitbucket_repository: None | str | Unset = UNSET,
        bitbucket_repository_slug: None | str | Unset = UNSET,
        bitbucket_owner: None | str | Unset = UNSET,
        bitbucket_branch: None | str | Unset = UNSET,
        bitbucket_build_path: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        docker_image: None | str | Unset = UNSET,
        registry_url: None | str | Unset = UNSET,
        custom_git_url: None | str | Unset = UNSET,
        custom_git_branch: None | str | Unset = UNSET,
        custom_git_build_path: None | str | Unset = UNSET,
        custom_git_ssh_key_id: None | str | Unset = UNSET,
        enable_submodules: bool | Unset = UNSET,
        dockerfile: None | str | Unset = UNSET,
        docker_context_path: None | str | Unset = UNSET,
        docker_build_stage: None | str | Unset = UNSET,
        drop_build_path: None | str | Unset = UNSET,
        health_check_swarm: HealthCheckSwarm | None | Unset = UNSET,
        restart_policy_swarm: None | RestartPolicySwarm | Unset = UNSET,
        placement_swarm: None | PlacementSwarm | Unset = UNSET,
        update_config_swarm: None | Unset | UpdateConfigSwarm = UNSET,
        rollback_config_swarm: None | Unset | UpdateConfigSwarm = UNSET,
        mode_swarm: ModeSwarm | None | Unset = UNSET,
        labels_swarm: LabelsSwarm | None | Unset = UNSET,
        network_swarm: list[NetworkSwarmItem] | None | Unset = UNSET,
        stop_grace_period_swarm: float | None | Unset = UNSET,
        endpoint_spec_swarm: EndpointSpecSwarm | None | Unset = UNSET,
        ulimits_swarm: list[UlimitsSwarmItem] | None | Unset = UNSET,
        replicas: float | Unset = UNSET,
        application_status: ApplicationUpdateBodyApplicationStatus | Unset = UNSET,
        build_type: ApplicationUpdateBodyBuildType | Unset = UNSET,
        railpack_version: None | str | Unset = UNSET,
        heroku_version: None | str | Unset = UNSET,
        publish_directory: None | str | Unset = UNSET,
        is_static_spa: bool | None | Unset = UNSET,
        create_env_file: bool | Unset = UNSET,
        created_at: str | Unset = UNSET,
        registry_id: None | str | Unset = UNSET,
        rollback_registry_id: None | str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        github_id: None | str | Unset = UNSET,
        gitlab_id: None | str | Unset = UNSET,
        gitea_id: None | str | Unset = UNSET,
        bitbucket_id: None | str | Unset = UNSET,
        build_server_id: None | str | Unset = UNSET,
        build_registry_id: None | str | Unset = UNSET,
        network_ids: list[str] | None | Unset = UNSET,
        detach_dokploy_network: bool | Unset = UNSET,
    ) -> bool:
        """`POST /application.update`"""
        from .application_update import sync

        return sync(
            application_id=application_id,
            name=name,
            app_name=app_name,
            description=description,
            env=env,
            preview_env=preview_env,
            watch_paths=watch_paths,
            preview_build_args=preview_build_args,
            preview_build_secrets=preview_build_secrets,
            preview_labels=preview_labels,
            preview_wildcard=preview_wildcard,
            preview_port=preview_port,
            preview_https=preview_https,
            preview_path=preview_path,
            preview_certificate_type=preview_certificate_type,
            preview_custom_cert_resolver=preview_custom_cert_resolver,
            preview_limit=preview_limit,
            is_preview_deployments_active=is_preview_deployments_active,
            preview_require_collaborator_permissions=preview_require_collaborator_permissions,
            rollback_active=rollback_active,
            build_args=build_args,
            build_secrets=build_secrets,
            memory_reservation=memory_reservation,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            title=title,
            enabled=enabled,
            subtitle=subtitle,
            command=command,
            args=args,
            icon=icon,
            refresh_token=refresh_token,
            source_type=source_type,
            clean_cache=clean_cache,
            repository=repository,
            owner=owner,
            branch=branch,
            build_path=build_path,
            trigger_type=trigger_type,
            auto_deploy=auto_deploy,
            gitlab_project_id=gitlab_project_id,
            gitlab_repository=gitlab_repository,
            gitlab_owner=gitlab_owner,
            gitlab_branch=gitlab_branch,
            gitlab_build_path=gitlab_build_path,
            gitlab_path_namespace=gitlab_path_namespace,
            gitea_repository=gitea_repository,
            gitea_owner=gitea_owner,
            gitea_branch=gitea_branch,
            gitea_build_path=gitea_build_path,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            bitbucket_owner=bitbucket_owner,
            bitbucket_branch=bitbucket_branch,
            bitbucket_build_path=bitbucket_build_path,
            username=username,
            password=password,
            docker_image=docker_image,
            registry_url=registry_url,
            custom_git_url=custom_git_url,
            custom_git_branch=custom_git_branch,
            custom_git_build_path=custom_git_build_path,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
            enable_submodules=enable_submodules,
            dockerfile=dockerfile,
            docker_context_path=docker_context_path,
            docker_build_stage=docker_build_stage,
            drop_build_path=drop_build_path,
            health_check_swarm=health_check_swarm,
            restart_policy_swarm=restart_policy_swarm,
            placement_swarm=placement_swarm,
            update_config_swarm=update_config_swarm,
            rollback_config_swarm=rollback_config_swarm,
            mode_swarm=mode_swarm,
            labels_swarm=labels_swarm,
            network_swarm=network_swarm,
            stop_grace_period_swarm=stop_grace_period_swarm,
            endpoint_spec_swarm=endpoint_spec_swarm,
            ulimits_swarm=ulimits_swarm,
            replicas=replicas,
            application_status=application_status,
            build_type=build_type,
            railpack_version=railpack_version,
            heroku_version=heroku_version,
            publish_directory=publish_directory,
            is_static_spa=is_static_spa,
            create_env_file=create_env_file,
            created_at=created_at,
            registry_id=registry_id,
            rollback_registry_id=rollback_registry_id,
            environment_id=environment_id,
            github_id=github_id,
            gitlab_id=gitlab_id,
            gitea_id=gitea_id,
            bitbucket_id=bitbucket_id,
            build_server_id=build_server_id,
            build_registry_id=build_registry_id,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            client=self._engine,
        )

    def update_traefik_config(
        self,
        *,
        application_id: str,
        traefik_config: str,
    ) -> bool:
        """`POST /application.updateTraefikConfig`"""
        from .application_update_traefik_config import sync

        return sync(
            application_id=application_id,
            traefik_config=traefik_config,
            client=self._engine,
        )


class AsyncApplicationResource:
    """`application.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def cancel_deployment(
        self,
        *,
        application_id: str,
    ) -> AiTestConnectionResult:
        """`POST /application.cancelDeployment`"""
        from .application_cancel_deployment import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def clean_queues(
        self,
        *,
        application_id: str,
    ) -> None:
        """`POST /application.cleanQueues`"""
        from .application_clean_queues import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def clear_deployments(
        self,
        *,
        application_id: str,
    ) -> bool:
        """`POST /application.clearDeployments`"""
        from .application_clear_deployments import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        environment_id: str,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        source_type: ApplicationCreateBodySourceType | Unset = UNSET,
    ) -> ApplicationCreateResult:
        """`POST /application.create`"""
        from .application_create import asyncio

        return await asyncio(
            name=name,
            environment_id=environment_id,
            app_name=app_name,
            description=description,
            server_id=server_id,
            source_type=source_type,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        application_id: str,
    ) -> ApplicationDeleteResult:
        """`POST /application.delete`"""
        from .application_delete import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def deploy(
        self,
        *,
        application_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool | None:
        """`POST /application.deploy`"""
        from .application_deploy import asyncio

        return await asyncio(
            application_id=application_id,
            title=title,
            description=description,
            client=self._engine,
        )

    async def disconnect_git_provider(
        self,
        *,
        application_id: str,
    ) -> bool:
        """`POST /application.disconnectGitProvider`"""
        from .application_disconnect_git_provider import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def drop_deployment(
        self,
        *,
        application_id: str,
        zip_: File,
        drop_build_path: str | Unset = UNSET,
    ) -> bool:
        """`POST /application.dropDeployment`"""
        from .application_drop_deployment import asyncio

        return await asyncio(
            application_id=application_id,
            zip_=zip_,
            drop_build_path=drop_build_path,
            client=self._engine,
        )

    async def kill_build(
        self,
        *,
        application_id: str,
    ) -> None:
        """`POST /application.killBuild`"""
        from .application_kill_build import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def mark_running(
        self,
        *,
        application_id: str,
    ) -> None:
        """`POST /application.markRunning`"""
        from .application_mark_running import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def move(
        self,
        *,
        application_id: str,
        target_environment_id: str,
    ) -> ApplicationCreateResult:
        """`POST /application.move`"""
        from .application_move import asyncio

        return await asyncio(
            application_id=application_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        application_id: str,
    ) -> Application:
        """`GET /application.one`"""
        from .application_one import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def read_app_monitoring(
        self,
        *,
        app_name: str,
    ) -> ApplicationReadAppMonitoringResult | None:
        """`GET /application.readAppMonitoring`"""
        from .application_read_app_monitoring import asyncio

        return await asyncio(
            app_name=app_name,
            client=self._engine,
        )

    async def read_logs(
        self,
        *,
        application_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /application.readLogs`"""
        from .application_read_logs import asyncio

        return await asyncio(
            application_id=application_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    async def read_traefik_config(
        self,
        *,
        application_id: str,
    ) -> None | str:
        """`GET /application.readTraefikConfig`"""
        from .application_read_traefik_config import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def redeploy(
        self,
        *,
        application_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool | None:
        """`POST /application.redeploy`"""
        from .application_redeploy import asyncio

        return await asyncio(
            application_id=application_id,
            title=title,
            description=description,
            client=self._engine,
        )

    async def refresh_token(
        self,
        *,
        application_id: str,
    ) -> bool:
        """`POST /application.refreshToken`"""
        from .application_refresh_token import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def reload(
        self,
        *,
        app_name: str,
        application_id: str,
    ) -> bool:
        """`POST /application.reload`"""
        from .application_reload import asyncio

        return await asyncio(
            app_name=app_name,
            application_id=application_id,
            client=self._engine,
        )

    async def save_bitbucket_provider(
        self,
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
    ) -> bool:
        """`POST /application.saveBitbucketProvider`"""
        from .application_save_bitbucket_provider import asyncio

        return await asyncio(
            bitbucket_build_path=bitbucket_build_path,
            bitbucket_owner=bitbucket_owner,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            bitbucket_id=bitbucket_id,
            application_id=application_id,
            bitbucket_branch=bitbucket_branch,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
            client=self._engine,
        )

    async def save_build_type(
        self,
        *,
        application_id: str,
        build_type: ApplicationSaveBuildTypeBodyBuildType,
        dockerfile: None | str,
        docker_context_path: None | str,
        docker_build_stage: None | str,
        heroku_version: None | str,
        railpack_version: None | str,
        publish_directory: None | str | Unset = UNSET,
        is_static_spa: bool | None | Unset = UNSET,
    ) -> bool:
        """`POST /application.saveBuildType`"""
        from .application_save_build_type import asyncio

        return await asyncio(
            application_id=application_id,
            build_type=build_type,
            dockerfile=dockerfile,
            docker_context_path=docker_context_path,
            docker_build_stage=docker_build_stage,
            heroku_version=heroku_version,
            railpack_version=railpack_version,
            publish_directory=publish_directory,
            is_static_spa=is_static_spa,
            client=self._engine,
        )

    async def save_docker_provider(
        self,
        *,
        docker_image: None | str,
        application_id: str,
        username: None | str,
        password: None | str,
        registry_url: None | str,
    ) -> bool:
        """`POST /application.saveDockerProvider`"""
        from .application_save_docker_provider import asyncio

        return await asyncio(
            docker_image=docker_image,
            application_id=application_id,
            username=username,
            password=password,
            registry_url=registry_url,
            client=self._engine,
        )

    async def save_environment(
        self,
        *,
        application_id: str,
        env: None | str,
        build_args: None | str,
        build_secrets: None | str,
        create_env_file: bool,
    ) -> bool:
        """`POST /application.saveEnvironment`"""
        from .application_save_environment import asyncio

        return await asyncio(
            application_id=application_id,
            env=env,
            build_args=build_args,
            build_secrets=build_secrets,
            create_env_file=create_env_file,
            client=self._engine,
        )

    async def save_git_provider(
        self,
        *,
        application_id: str,
        custom_git_build_path: None | str,
        custom_git_url: None | str,
        watch_paths: list[str] | None,
        custom_git_branch: str,
        enable_submodules: bool | Unset = UNSET,
        custom_git_ssh_key_id: None | str | Unset = UNSET,
    ) -> bool:
        """`POST /application.saveGitProvider`"""
        from .application_save_git_provider import asyncio

        return await asyncio(
            application_id=application_id,
            custom_git_build_path=custom_git_build_path,
            custom_git_url=custom_git_url,
            watch_paths=watch_paths,
            custom_git_branch=custom_git_branch,
            enable_submodules=enable_submodules,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
            client=self._engine,
        )

    async def save_gitea_provider(
        self,
        *,
        application_id: str,
        gitea_build_path: None | str,
        gitea_owner: None | str,
        gitea_repository: None | str,
        gitea_id: None | str,
        gitea_branch: str,
        enable_submodules: bool | Unset = UNSET,
        watch_paths: list[str] | None | Unset = UNSET,
    ) -> bool:
        """`POST /application.saveGiteaProvider`"""
        from .application_save_gitea_provider import asyncio

        return await asyncio(
            application_id=application_id,
            gitea_build_path=gitea_build_path,
            gitea_owner=gitea_owner,
            gitea_repository=gitea_repository,
            gitea_id=gitea_id,
            gitea_branch=gitea_branch,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
            client=self._engine,
        )

    async def save_github_provider(
        self,
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
    ) -> bool:
        """`POST /application.saveGithubProvider`"""
        from .application_save_github_provider import asyncio

        return await asyncio(
            application_id=application_id,
            repository=repository,
            owner=owner,
            build_path=build_path,
            github_id=github_id,
            branch=branch,
            trigger_type=trigger_type,
            enable_submodules=enable_submodules,
            watch_paths=watch_paths,
            client=self._engine,
        )

    async def save_gitlab_provider(
        self,
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
    ) -> bool:
        """`POST /application.saveGitlabProvider`"""
        from .application_save_gitlab_provider import asyncio

        return await asyncio(
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
            client=self._engine,
        )

    async def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        repository: str | Unset = UNSET,
        owner: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /application.search`"""
        from .application_search import asyncio

        return await asyncio(
            q=q,
            name=name,
            app_name=app_name,
            description=description,
            repository=repository,
            owner=owner,
            docker_image=docker_image,
            project_id=project_id,
            environment_id=environment_id,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    async def start(
        self,
        *,
        application_id: str,
    ) -> ApplicationDeleteResult:
        """`POST /application.start`"""
        from .application_start import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def stop(
        self,
        *,
        application_id: str,
    ) -> ApplicationDeleteResult:
        """`POST /application.stop`"""
        from .application_stop import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        application_id: str,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        env: None | str | Unset = UNSET,
        preview_env: None | str | Unset = UNSET,
        watch_paths: list[str] | None | Unset = UNSET,
        preview_build_args: None | str | Unset = UNSET,
        preview_build_secrets: None | str | Unset = UNSET,
        preview_labels: list[str] | None | Unset = UNSET,
        preview_wildcard: None | str | Unset = UNSET,
        preview_port: float | None | Unset = UNSET,
        preview_https: bool | Unset = UNSET,
        preview_path: None | str | Unset = UNSET,
        preview_certificate_type: ApplicationUpdateBodyPreviewCertificateType | Unset = UNSET,
        preview_custom_cert_resolver: None | str | Unset = UNSET,
        preview_limit: float | None | Unset = UNSET,
        is_preview_deployments_active: bool | None | Unset = UNSET,
        preview_require_collaborator_permissions: bool | None | Unset = UNSET,
        rollback_active: bool | None | Unset = UNSET,
        build_args: None | str | Unset = UNSET,
        build_secrets: None | str | Unset = UNSET,
        memory_reservation: None | str | Unset = UNSET,
        memory_limit: None | str | Unset = UNSET,
        cpu_reservation: None | str | Unset = UNSET,
        cpu_limit: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        subtitle: None | str | Unset = UNSET,
        command: None | str | Unset = UNSET,
        args: list[str] | None | Unset = UNSET,
        icon: None | str | Unset = UNSET,
        refresh_token: None | str | Unset = UNSET,
        source_type: ApplicationUpdateBodySourceType | Unset = UNSET,
        clean_cache: bool | None | Unset = UNSET,
        repository: None | str | Unset = UNSET,
        owner: None | str | Unset = UNSET,
        branch: None | str | Unset = UNSET,
        build_path: None | str | Unset = UNSET,
        trigger_type: ApplicationUpdateBodyTriggerTypeType0 | None | Unset = UNSET,
        auto_deploy: bool | None | Unset = UNSET,
        gitlab_project_id: float | None | Unset = UNSET,
        gitlab_repository: None | str | Unset = UNSET,
        gitlab_owner: None | str | Unset = UNSET,
        gitlab_branch: None | str | Unset = UNSET,
        gitlab_build_path: None | str | Unset = UNSET,
        gitlab_path_namespace: None | str | Unset = UNSET,
        gitea_repository: None | str | Unset = UNSET,
        gitea_owner: None | str | Unset = UNSET,
        gitea_branch: None | str | Unset = UNSET,
        gitea_build_path: None | str | Unset = UNSET,
        bitbucket_repository: None | str | Unset = UNSET,
        bitbucket_repository_slug: None | str | Unset = UNSET,
        bitbucket_owner: None | str | Unset = UNSET,
        bitbucket_branch: None | str | Unset = UNSET,
        bitbucket_build_path: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        password: None | str | Unset = UNSET,
        docker_image: None | str | Unset = UNSET,
        registry_url: None | str | Unset = UNSET,
        custom_git_url: None | str | Unset = UNSET,
        custom_git_branch: None | str | Unset = UNSET,
        custom_git_build_path: None | str | Unset = UNSET,
        custom_git_ssh_key_id: None | str | Unset = UNSET,
        enable_submodules: bool | Unset = UNSET,
        dockerfile: None | str | Unset = UNSET,
        docker_context_path: None | str | Unset = UNSET,
        docker_build_stage: None | str | Unset = UNSET,
        drop_build_path: None | str | Unset = UNSET,
        health_check_swarm: HealthCheckSwarm | None | Unset = UNSET,
        restart_policy_swarm: None | RestartPolicySwarm | Unset = UNSET,
        placement_swarm: None | PlacementSwarm | Unset = UNSET,
        update_config_swarm: None | Unset | UpdateConfigSwarm = UNSET,
        rollback_config_swarm: None | Unset | UpdateConfigSwarm = UNSET,
        mode_swarm: ModeSwarm | None | Unset = UNSET,
        labels_swarm: LabelsSwarm | None | Unset = UNSET,
        network_swarm: list[NetworkSwarmItem] | None | Unset = UNSET,
        stop_grace_period_swarm: float | None | Unset = UNSET,
        endpoint_spec_swarm: EndpointSpecSwarm | None | Unset = UNSET,
        ulimits_swarm: list[UlimitsSwarmItem] | None | Unset = UNSET,
        replicas: float | Unset = UNSET,
        application_status: ApplicationUpdateBodyApplicationStatus | Unset = UNSET,
        build_type: ApplicationUpdateBodyBuildType | Unset = UNSET,
        railpack_version: None | str | Unset = UNSET,
        heroku_version: None | str | Unset = UNSET,
        publish_directory: None | str | Unset = UNSET,
        is_static_spa: bool | None | Unset = UNSET,
        create_env_file: bool | Unset = UNSET,
        created_at: str | Unset = UNSET,
        registry_id: None | str | Unset = UNSET,
        rollback_registry_id: None | str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        github_id: None | str | Unset = UNSET,
        gitlab_id: None | str | Unset = UNSET,
        gitea_id: None | str | Unset = UNSET,
        bitbucket_id: None | str | Unset = UNSET,
        build_server_id: None | str | Unset = UNSET,
        build_registry_id: None | str | Unset = UNSET,
        network_ids: list[str] | None | Unset = UNSET,
        detach_dokploy_network: bool | Unset = UNSET,
    ) -> bool:
        """`POST /application.update`"""
        from .application_update import asyncio

        return await asyncio(
            application_id=application_id,
            name=name,
            app_name=app_name,
            description=description,
            env=env,
            preview_env=preview_env,
            watch_paths=watch_paths,
            preview_build_args=preview_build_args,
            preview_build_secrets=preview_build_secrets,
            preview_labels=preview_labels,
            preview_wildcard=preview_wildcard,
            preview_port=preview_port,
            preview_https=preview_https,
            preview_path=preview_path,
            preview_certificate_type=preview_certificate_type,
            preview_custom_cert_resolver=preview_custom_cert_resolver,
            preview_limit=preview_limit,
            is_preview_deployments_active=is_preview_deployments_active,
            preview_require_collaborator_permissions=preview_require_collaborator_permissions,
            rollback_active=rollback_active,
            build_args=build_args,
            build_secrets=build_secrets,
            memory_reservation=memory_reservation,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            title=title,
            enabled=enabled,
            subtitle=subtitle,
            command=command,
            args=args,
            icon=icon,
            refresh_token=refresh_token,
            source_type=source_type,
            clean_cache=clean_cache,
            repository=repository,
            owner=owner,
            branch=branch,
            build_path=build_path,
            trigger_type=trigger_type,
            auto_deploy=auto_deploy,
            gitlab_project_id=gitlab_project_id,
            gitlab_repository=gitlab_repository,
            gitlab_owner=gitlab_owner,
            gitlab_branch=gitlab_branch,
            gitlab_build_path=gitlab_build_path,
            gitlab_path_namespace=gitlab_path_namespace,
            gitea_repository=gitea_repository,
            gitea_owner=gitea_owner,
            gitea_branch=gitea_branch,
            gitea_build_path=gitea_build_path,
            bitbucket_repository=bitbucket_repository,
            bitbucket_repository_slug=bitbucket_repository_slug,
            bitbucket_owner=bitbucket_owner,
            bitbucket_branch=bitbucket_branch,
            bitbucket_build_path=bitbucket_build_path,
            username=username,
            password=password,
            docker_image=docker_image,
            registry_url=registry_url,
            custom_git_url=custom_git_url,
            custom_git_branch=custom_git_branch,
            custom_git_build_path=custom_git_build_path,
            custom_git_ssh_key_id=custom_git_ssh_key_id,
            enable_submodules=enable_submodules,
            dockerfile=dockerfile,
            docker_context_path=docker_context_path,
            docker_build_stage=docker_build_stage,
            drop_build_path=drop_build_path,
            health_check_swarm=health_check_swarm,
            restart_policy_swarm=restart_policy_swarm,
            placement_swarm=placement_swarm,
            update_config_swarm=update_config_swarm,
            rollback_config_swarm=rollback_config_swarm,
            mode_swarm=mode_swarm,
            labels_swarm=labels_swarm,
            network_swarm=network_swarm,
            stop_grace_period_swarm=stop_grace_period_swarm,
            endpoint_spec_swarm=endpoint_spec_swarm,
            ulimits_swarm=ulimits_swarm,
            replicas=replicas,
            application_status=application_status,
            build_type=build_type,
            railpack_version=railpack_version,
            heroku_version=heroku_version,
            publish_directory=publish_directory,
            is_static_spa=is_static_spa,
            create_env_file=create_env_file,
            created_at=created_at,
            registry_id=registry_id,
            rollback_registry_id=rollback_registry_id,
            environment_id=environment_id,
            github_id=github_id,
            gitlab_id=gitlab_id,
            gitea_id=gitea_id,
            bitbucket_id=bitbucket_id,
            build_server_id=build_server_id,
            build_registry_id=build_registry_id,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            client=self._engine,
        )

    async def update_traefik_config(
        self,
        *,
        application_id: str,
        traefik_config: str,
    ) -> bool:
        """`POST /application.updateTraefikConfig`"""
        from .application_update_traefik_config import asyncio

        return await asyncio(
            application_id=application_id,
            traefik_config=traefik_config,
            client=self._engine,
        )

"""Operations of Dokploy's `settings` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.admin_setup_monitoring_result import AdminSetupMonitoringResult
    from ...models.docker_disk_usage_get_disk_usage_item import DockerDiskUsageGetDiskUsageItem
    from ...models.gitea_update_result import GiteaUpdateResult
    from ...models.settings_assign_domain_server_body_certificate_type import (
        SettingsAssignDomainServerBodyCertificateType,
    )
    from ...models.settings_check_gpu_status_result import SettingsCheckGPUStatusResult
    from ...models.settings_check_infrastructure_health_result import SettingsCheckInfrastructureHealthResult
    from ...models.settings_clean_all_result import SettingsCleanAllResult
    from ...models.settings_get_log_cleanup_status_result import SettingsGetLogCleanupStatusResult
    from ...models.settings_get_open_api_document_result import SettingsGetOpenApiDocumentResult
    from ...models.settings_get_traefik_ports_item import SettingsGetTraefikPortsItem
    from ...models.settings_get_update_data_result import SettingsGetUpdateDataResult
    from ...models.settings_health_result import SettingsHealthResult
    from ...models.settings_read_directories_item import SettingsReadDirectoriesItem
    from ...models.settings_update_traefik_ports_body_additional_ports_item import (
        SettingsUpdateTraefikPortsBodyAdditionalPortsItem,
    )


class SettingsResource:
    """`settings.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def assign_domain_server(
        self,
        *,
        host: str,
        certificate_type: SettingsAssignDomainServerBodyCertificateType,
        lets_encrypt_email: Literal[""] | None | str | Unset = UNSET,
        https: bool | Unset = UNSET,
    ) -> AdminSetupMonitoringResult | bool:
        """`POST /settings.assignDomainServer`"""
        from .settings_assign_domain_server import sync

        return sync(
            host=host,
            certificate_type=certificate_type,
            lets_encrypt_email=lets_encrypt_email,
            https=https,
            client=self._engine,
        )

    def check_gpu_status(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> SettingsCheckGPUStatusResult:
        """`GET /settings.checkGPUStatus`"""
        from .settings_check_gpu_status import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def check_infrastructure_health(
        self,
    ) -> SettingsCheckInfrastructureHealthResult:
        """`GET /settings.checkInfrastructureHealth`"""
        from .settings_check_infrastructure_health import sync

        return sync(
            client=self._engine,
        )

    def clean_all(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> SettingsCleanAllResult:
        """`POST /settings.cleanAll`"""
        from .settings_clean_all import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def clean_all_deployment_queue(
        self,
    ) -> bool:
        """`POST /settings.cleanAllDeploymentQueue`"""
        from .settings_clean_all_deployment_queue import sync

        return sync(
            client=self._engine,
        )

    def clean_docker_builder(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /settings.cleanDockerBuilder`"""
        from .settings_clean_docker_builder import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def clean_docker_prune(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.cleanDockerPrune`"""
        from .settings_clean_docker_prune import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def clean_monitoring(
        self,
    ) -> bool:
        """`POST /settings.cleanMonitoring`"""
        from .settings_clean_monitoring import sync

        return sync(
            client=self._engine,
        )

    def clean_ssh_private_key(
        self,
    ) -> bool:
        """`POST /settings.cleanSSHPrivateKey`"""
        from .settings_clean_ssh_private_key import sync

        return sync(
            client=self._engine,
        )

    def clean_stopped_containers(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.cleanStoppedContainers`"""
        from .settings_clean_stopped_containers import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def clean_unused_images(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.cleanUnusedImages`"""
        from .settings_clean_unused_images import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def clean_unused_volumes(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.cleanUnusedVolumes`"""
        from .settings_clean_unused_volumes import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_docker_disk_usage(
        self,
    ) -> list[DockerDiskUsageGetDiskUsageItem]:
        """`GET /settings.getDockerDiskUsage`"""
        from .settings_get_docker_disk_usage import sync

        return sync(
            client=self._engine,
        )

    def get_dokploy_cloud_ips(
        self,
    ) -> list[str] | None:
        """`GET /settings.getDokployCloudIps`"""
        from .settings_get_dokploy_cloud_ips import sync

        return sync(
            client=self._engine,
        )

    def get_dokploy_version(
        self,
    ) -> str:
        """`GET /settings.getDokployVersion`"""
        from .settings_get_dokploy_version import sync

        return sync(
            client=self._engine,
        )

    def get_ip(
        self,
    ) -> str:
        """`GET /settings.getIp`"""
        from .settings_get_ip import sync

        return sync(
            client=self._engine,
        )

    def get_log_cleanup_status(
        self,
    ) -> SettingsGetLogCleanupStatusResult:
        """`GET /settings.getLogCleanupStatus`"""
        from .settings_get_log_cleanup_status import sync

        return sync(
            client=self._engine,
        )

    def get_open_api_document(
        self,
    ) -> SettingsGetOpenApiDocumentResult:
        """`GET /settings.getOpenApiDocument`"""
        from .settings_get_open_api_document import sync

        return sync(
            client=self._engine,
        )

    def get_release_tag(
        self,
    ) -> str:
        """`GET /settings.getReleaseTag`"""
        from .settings_get_release_tag import sync

        return sync(
            client=self._engine,
        )

    def get_traefik_ports(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[SettingsGetTraefikPortsItem]:
        """`GET /settings.getTraefikPorts`"""
        from .settings_get_traefik_ports import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_update_data(
        self,
    ) -> SettingsGetUpdateDataResult:
        """`POST /settings.getUpdateData`"""
        from .settings_get_update_data import sync

        return sync(
            client=self._engine,
        )

    def get_web_server_settings(
        self,
    ) -> AdminSetupMonitoringResult | None:
        """`GET /settings.getWebServerSettings`"""
        from .settings_get_web_server_settings import sync

        return sync(
            client=self._engine,
        )

    def have_activate_requests(
        self,
    ) -> bool:
        """`GET /settings.haveActivateRequests`"""
        from .settings_have_activate_requests import sync

        return sync(
            client=self._engine,
        )

    def have_traefik_dashboard_port_enabled(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`GET /settings.haveTraefikDashboardPortEnabled`"""
        from .settings_have_traefik_dashboard_port_enabled import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def health(
        self,
    ) -> SettingsHealthResult:
        """`GET /settings.health`"""
        from .settings_health import sync

        return sync(
            client=self._engine,
        )

    def is_cloud(
        self,
    ) -> bool:
        """`GET /settings.isCloud`"""
        from .settings_is_cloud import sync

        return sync(
            client=self._engine,
        )

    def is_user_subscribed(
        self,
    ) -> bool:
        """`GET /settings.isUserSubscribed`"""
        from .settings_is_user_subscribed import sync

        return sync(
            client=self._engine,
        )

    def read_directories(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[SettingsReadDirectoriesItem]:
        """`GET /settings.readDirectories`"""
        from .settings_read_directories import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def read_middleware_traefik_config(
        self,
    ) -> bool | None | str:
        """`GET /settings.readMiddlewareTraefikConfig`"""
        from .settings_read_middleware_traefik_config import sync

        return sync(
            client=self._engine,
        )

    def read_traefik_config(
        self,
    ) -> bool | None | str:
        """`GET /settings.readTraefikConfig`"""
        from .settings_read_traefik_config import sync

        return sync(
            client=self._engine,
        )

    def read_traefik_env(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /settings.readTraefikEnv`"""
        from .settings_read_traefik_env import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def read_traefik_file(
        self,
        *,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> None | str:
        """`GET /settings.readTraefikFile`"""
        from .settings_read_traefik_file import sync

        return sync(
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    def read_web_server_traefik_config(
        self,
    ) -> bool | None | str:
        """`GET /settings.readWebServerTraefikConfig`"""
        from .settings_read_web_server_traefik_config import sync

        return sync(
            client=self._engine,
        )

    def reload_server(
        self,
    ) -> bool:
        """`POST /settings.reloadServer`"""
        from .settings_reload_server import sync

        return sync(
            client=self._engine,
        )

    def reload_traefik(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.reloadTraefik`"""
        from .settings_reload_traefik import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def save_ssh_private_key(
        self,
        *,
        ssh_private_key: str,
    ) -> bool:
        """`POST /settings.saveSSHPrivateKey`"""
        from .settings_save_ssh_private_key import sync

        return sync(
            ssh_private_key=ssh_private_key,
            client=self._engine,
        )

    def setup_gpu(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> GiteaUpdateResult:
        """`POST /settings.setupGPU`"""
        from .settings_setup_gpu import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def toggle_dashboard(
        self,
        *,
        enable_dashboard: bool | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.toggleDashboard`"""
        from .settings_toggle_dashboard import sync

        return sync(
            enable_dashboard=enable_dashboard,
            server_id=server_id,
            client=self._engine,
        )

    def toggle_requests(
        self,
        *,
        enable: bool,
    ) -> bool:
        """`POST /settings.toggleRequests`"""
        from .settings_toggle_requests import sync

        return sync(
            enable=enable,
            client=self._engine,
        )

    def update_builds_concurrency(
        self,
        *,
        builds_concurrency: int,
    ) -> bool:
        """`POST /settings.updateBuildsConcurrency`"""
        from .settings_update_builds_concurrency import sync

        return sync(
            builds_concurrency=builds_concurrency,
            client=self._engine,
        )

    def update_docker_cleanup(
        self,
        *,
        enable_docker_cleanup: bool,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.updateDockerCleanup`"""
        from .settings_update_docker_cleanup import sync

        return sync(
            enable_docker_cleanup=enable_docker_cleanup,
            server_id=server_id,
            client=self._engine,
        )

    def update_enforce_sso(
        self,
        *,
        enforce_sso: bool,
    ) -> bool:
        """`POST /settings.updateEnforceSSO`"""
        from .settings_update_enforce_sso import sync

        return sync(
            enforce_sso=enforce_sso,
            client=self._engine,
        )

    def update_log_cleanup(
        self,
        *,
        cron_expression: None | str,
    ) -> bool:
        """`POST /settings.updateLogCleanup`"""
        from .settings_update_log_cleanup import sync

        return sync(
            cron_expression=cron_expression,
            client=self._engine,
        )

    def update_middleware_traefik_config(
        self,
        *,
        traefik_config: str,
    ) -> bool:
        """`POST /settings.updateMiddlewareTraefikConfig`"""
        from .settings_update_middleware_traefik_config import sync

        return sync(
            traefik_config=traefik_config,
            client=self._engine,
        )

    def update_remote_servers_only(
        self,
        *,
        remote_servers_only: bool,
    ) -> bool:
        """`POST /settings.updateRemoteServersOnly`"""
        from .settings_update_remote_servers_only import sync

        return sync(
            remote_servers_only=remote_servers_only,
            client=self._engine,
        )

    def update_server(
        self,
    ) -> bool:
        """`POST /settings.updateServer`"""
        from .settings_update_server import sync

        return sync(
            client=self._engine,
        )

    def update_server_ip(
        self,
        *,
        server_ip: str,
    ) -> AdminSetupMonitoringResult | bool | None:
        """`POST /settings.updateServerIp`"""
        from .settings_update_server_ip import sync

        return sync(
            server_ip=server_ip,
            client=self._engine,
        )

    def update_traefik_config(
        self,
        *,
        traefik_config: str,
    ) -> bool:
        """`POST /settings.updateTraefikConfig`"""
        from .settings_update_traefik_config import sync

        return sync(
            traefik_config=traefik_config,
            client=self._engine,
        )

    def update_traefik_file(
        self,
        *,
        path: str,
        traefik_config: str,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.updateTraefikFile`"""
        from .settings_update_traefik_file import sync

        return sync(
            path=path,
            traefik_config=traefik_config,
            server_id=server_id,
            client=self._engine,
        )

    def update_traefik_ports(
        self,
        *,
        additional_ports: list[SettingsUpdateTraefikPortsBodyAdditionalPortsItem],
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.updateTraefikPorts`"""
        from .settings_update_traefik_ports import sync

        return sync(
            additional_ports=additional_ports,
            server_id=server_id,
            client=self._engine,
        )

    def update_web_server_traefik_config(
        self,
        *,
        traefik_config: str,
    ) -> bool:
        """`POST /settings.updateWebServerTraefikConfig`"""
        from .settings_update_web_server_traefik_config import sync

        return sync(
            traefik_config=traefik_config,
            client=self._engine,
        )

    def write_traefik_env(
        self,
        *,
        env: str,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.writeTraefikEnv`"""
        from .settings_write_traefik_env import sync

        return sync(
            env=env,
            server_id=server_id,
            client=self._engine,
        )


class AsyncSettingsResource:
    """`settings.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def assign_domain_server(
        self,
        *,
        host: str,
        certificate_type: SettingsAssignDomainServerBodyCertificateType,
        lets_encrypt_email: Literal[""] | None | str | Unset = UNSET,
        https: bool | Unset = UNSET,
    ) -> AdminSetupMonitoringResult | bool:
        """`POST /settings.assignDomainServer`"""
        from .settings_assign_domain_server import asyncio

        return await asyncio(
            host=host,
            certificate_type=certificate_type,
            lets_encrypt_email=lets_encrypt_email,
            https=https,
            client=self._engine,
        )

    async def check_gpu_status(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> SettingsCheckGPUStatusResult:
        """`GET /settings.checkGPUStatus`"""
        from .settings_check_gpu_status import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def check_infrastructure_health(
        self,
    ) -> SettingsCheckInfrastructureHealthResult:
        """`GET /settings.checkInfrastructureHealth`"""
        from .settings_check_infrastructure_health import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def clean_all(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> SettingsCleanAllResult:
        """`POST /settings.cleanAll`"""
        from .settings_clean_all import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def clean_all_deployment_queue(
        self,
    ) -> bool:
        """`POST /settings.cleanAllDeploymentQueue`"""
        from .settings_clean_all_deployment_queue import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def clean_docker_builder(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /settings.cleanDockerBuilder`"""
        from .settings_clean_docker_builder import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def clean_docker_prune(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.cleanDockerPrune`"""
        from .settings_clean_docker_prune import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def clean_monitoring(
        self,
    ) -> bool:
        """`POST /settings.cleanMonitoring`"""
        from .settings_clean_monitoring import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def clean_ssh_private_key(
        self,
    ) -> bool:
        """`POST /settings.cleanSSHPrivateKey`"""
        from .settings_clean_ssh_private_key import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def clean_stopped_containers(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.cleanStoppedContainers`"""
        from .settings_clean_stopped_containers import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def clean_unused_images(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.cleanUnusedImages`"""
        from .settings_clean_unused_images import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def clean_unused_volumes(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.cleanUnusedVolumes`"""
        from .settings_clean_unused_volumes import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_docker_disk_usage(
        self,
    ) -> list[DockerDiskUsageGetDiskUsageItem]:
        """`GET /settings.getDockerDiskUsage`"""
        from .settings_get_docker_disk_usage import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_dokploy_cloud_ips(
        self,
    ) -> list[str] | None:
        """`GET /settings.getDokployCloudIps`"""
        from .settings_get_dokploy_cloud_ips import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_dokploy_version(
        self,
    ) -> str:
        """`GET /settings.getDokployVersion`"""
        from .settings_get_dokploy_version import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_ip(
        self,
    ) -> str:
        """`GET /settings.getIp`"""
        from .settings_get_ip import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_log_cleanup_status(
        self,
    ) -> SettingsGetLogCleanupStatusResult:
        """`GET /settings.getLogCleanupStatus`"""
        from .settings_get_log_cleanup_status import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_open_api_document(
        self,
    ) -> SettingsGetOpenApiDocumentResult:
        """`GET /settings.getOpenApiDocument`"""
        from .settings_get_open_api_document import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_release_tag(
        self,
    ) -> str:
        """`GET /settings.getReleaseTag`"""
        from .settings_get_release_tag import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_traefik_ports(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[SettingsGetTraefikPortsItem]:
        """`GET /settings.getTraefikPorts`"""
        from .settings_get_traefik_ports import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_update_data(
        self,
    ) -> SettingsGetUpdateDataResult:
        """`POST /settings.getUpdateData`"""
        from .settings_get_update_data import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_web_server_settings(
        self,
    ) -> AdminSetupMonitoringResult | None:
        """`GET /settings.getWebServerSettings`"""
        from .settings_get_web_server_settings import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def have_activate_requests(
        self,
    ) -> bool:
        """`GET /settings.haveActivateRequests`"""
        from .settings_have_activate_requests import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def have_traefik_dashboard_port_enabled(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`GET /settings.haveTraefikDashboardPortEnabled`"""
        from .settings_have_traefik_dashboard_port_enabled import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def health(
        self,
    ) -> SettingsHealthResult:
        """`GET /settings.health`"""
        from .settings_health import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def is_cloud(
        self,
    ) -> bool:
        """`GET /settings.isCloud`"""
        from .settings_is_cloud import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def is_user_subscribed(
        self,
    ) -> bool:
        """`GET /settings.isUserSubscribed`"""
        from .settings_is_user_subscribed import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def read_directories(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[SettingsReadDirectoriesItem]:
        """`GET /settings.readDirectories`"""
        from .settings_read_directories import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def read_middleware_traefik_config(
        self,
    ) -> bool | None | str:
        """`GET /settings.readMiddlewareTraefikConfig`"""
        from .settings_read_middleware_traefik_config import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def read_traefik_config(
        self,
    ) -> bool | None | str:
        """`GET /settings.readTraefikConfig`"""
        from .settings_read_traefik_config import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def read_traefik_env(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /settings.readTraefikEnv`"""
        from .settings_read_traefik_env import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def read_traefik_file(
        self,
        *,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> None | str:
        """`GET /settings.readTraefikFile`"""
        from .settings_read_traefik_file import asyncio

        return await asyncio(
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    async def read_web_server_traefik_config(
        self,
    ) -> bool | None | str:
        """`GET /settings.readWebServerTraefikConfig`"""
        from .settings_read_web_server_traefik_config import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def reload_server(
        self,
    ) -> bool:
        """`POST /settings.reloadServer`"""
        from .settings_reload_server import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def reload_traefik(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.reloadTraefik`"""
        from .settings_reload_traefik import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def save_ssh_private_key(
        self,
        *,
        ssh_private_key: str,
    ) -> bool:
        """`POST /settings.saveSSHPrivateKey`"""
        from .settings_save_ssh_private_key import asyncio

        return await asyncio(
            ssh_private_key=ssh_private_key,
            client=self._engine,
        )

    async def setup_gpu(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> GiteaUpdateResult:
        """`POST /settings.setupGPU`"""
        from .settings_setup_gpu import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def toggle_dashboard(
        self,
        *,
        enable_dashboard: bool | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.toggleDashboard`"""
        from .settings_toggle_dashboard import asyncio

        return await asyncio(
            enable_dashboard=enable_dashboard,
            server_id=server_id,
            client=self._engine,
        )

    async def toggle_requests(
        self,
        *,
        enable: bool,
    ) -> bool:
        """`POST /settings.toggleRequests`"""
        from .settings_toggle_requests import asyncio

        return await asyncio(
            enable=enable,
            client=self._engine,
        )

    async def update_builds_concurrency(
        self,
        *,
        builds_concurrency: int,
    ) -> bool:
        """`POST /settings.updateBuildsConcurrency`"""
        from .settings_update_builds_concurrency import asyncio

        return await asyncio(
            builds_concurrency=builds_concurrency,
            client=self._engine,
        )

    async def update_docker_cleanup(
        self,
        *,
        enable_docker_cleanup: bool,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.updateDockerCleanup`"""
        from .settings_update_docker_cleanup import asyncio

        return await asyncio(
            enable_docker_cleanup=enable_docker_cleanup,
            server_id=server_id,
            client=self._engine,
        )

    async def update_enforce_sso(
        self,
        *,
        enforce_sso: bool,
    ) -> bool:
        """`POST /settings.updateEnforceSSO`"""
        from .settings_update_enforce_sso import asyncio

        return await asyncio(
            enforce_sso=enforce_sso,
            client=self._engine,
        )

    async def update_log_cleanup(
        self,
        *,
        cron_expression: None | str,
    ) -> bool:
        """`POST /settings.updateLogCleanup`"""
        from .settings_update_log_cleanup import asyncio

        return await asyncio(
            cron_expression=cron_expression,
            client=self._engine,
        )

    async def update_middleware_traefik_config(
        self,
        *,
        traefik_config: str,
    ) -> bool:
        """`POST /settings.updateMiddlewareTraefikConfig`"""
        from .settings_update_middleware_traefik_config import asyncio

        return await asyncio(
            traefik_config=traefik_config,
            client=self._engine,
        )

    async def update_remote_servers_only(
        self,
        *,
        remote_servers_only: bool,
    ) -> bool:
        """`POST /settings.updateRemoteServersOnly`"""
        from .settings_update_remote_servers_only import asyncio

        return await asyncio(
            remote_servers_only=remote_servers_only,
            client=self._engine,
        )

    async def update_server(
        self,
    ) -> bool:
        """`POST /settings.updateServer`"""
        from .settings_update_server import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def update_server_ip(
        self,
        *,
        server_ip: str,
    ) -> AdminSetupMonitoringResult | bool | None:
        """`POST /settings.updateServerIp`"""
        from .settings_update_server_ip import asyncio

        return await asyncio(
            server_ip=server_ip,
            client=self._engine,
        )

    async def update_traefik_config(
        self,
        *,
        traefik_config: str,
    ) -> bool:
        """`POST /settings.updateTraefikConfig`"""
        from .settings_update_traefik_config import asyncio

        return await asyncio(
            traefik_config=traefik_config,
            client=self._engine,
        )

    async def update_traefik_file(
        self,
        *,
        path: str,
        traefik_config: str,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.updateTraefikFile`"""
        from .settings_update_traefik_file import asyncio

        return await asyncio(
            path=path,
            traefik_config=traefik_config,
            server_id=server_id,
            client=self._engine,
        )

    async def update_traefik_ports(
        self,
        *,
        additional_ports: list[SettingsUpdateTraefikPortsBodyAdditionalPortsItem],
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.updateTraefikPorts`"""
        from .settings_update_traefik_ports import asyncio

        return await asyncio(
            additional_ports=additional_ports,
            server_id=server_id,
            client=self._engine,
        )

    async def update_web_server_traefik_config(
        self,
        *,
        traefik_config: str,
    ) -> bool:
        """`POST /settings.updateWebServerTraefikConfig`"""
        from .settings_update_web_server_traefik_config import asyncio

        return await asyncio(
            traefik_config=traefik_config,
            client=self._engine,
        )

    async def write_traefik_env(
        self,
        *,
        env: str,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /settings.writeTraefikEnv`"""
        from .settings_write_traefik_env import asyncio

        return await asyncio(
            env=env,
            server_id=server_id,
            client=self._engine,
        )

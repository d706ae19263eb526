"""Registry of every Dokploy operation and the routers' resources: generated, do not edit.

``OPERATIONS`` maps the wire name (``router.procedure``) to the module that
implements it, its HTTP method and the path the spec declares, so dynamic
callers (CLIs, agents) can dispatch without importing the whole API.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from types import ModuleType

    from .admin import AdminResource, AsyncAdminResource
    from .ai import AiResource, AsyncAiResource
    from .application import ApplicationResource, AsyncApplicationResource
    from .audit_log import AsyncAuditLogResource, AuditLogResource
    from .backup import AsyncBackupResource, BackupResource
    from .bitbucket import AsyncBitbucketResource, BitbucketResource
    from .certificates import AsyncCertificatesResource, CertificatesResource
    from .cluster import AsyncClusterResource, ClusterResource
    from .compose import AsyncComposeResource, ComposeResource
    from .custom_role import AsyncCustomRoleResource, CustomRoleResource
    from .deployment import AsyncDeploymentResource, DeploymentResource
    from .destination import AsyncDestinationResource, DestinationResource
    from .dns_provider import AsyncDnsProviderResource, DnsProviderResource
    from .docker import AsyncDockerResource, DockerResource
    from .docker_disk_usage import AsyncDockerDiskUsageResource, DockerDiskUsageResource
    from .docker_image import AsyncDockerImageResource, DockerImageResource
    from .docker_volume import AsyncDockerVolumeResource, DockerVolumeResource
    from .domain import AsyncDomainResource, DomainResource
    from .environment import AsyncEnvironmentResource, EnvironmentResource
    from .forward_auth import AsyncForwardAuthResource, ForwardAuthResource
    from .git_provider import AsyncGitProviderResource, GitProviderResource
    from .gitea import AsyncGiteaResource, GiteaResource
    from .github import AsyncGithubResource, GithubResource
    from .gitlab import AsyncGitlabResource, GitlabResource
    from .libsql import AsyncLibsqlResource, LibsqlResource
    from .license_key import AsyncLicenseKeyResource, LicenseKeyResource
    from .mariadb import AsyncMariadbResource, MariadbResource
    from .mongo import AsyncMongoResource, MongoResource
    from .mounts import AsyncMountsResource, MountsResource
    from .mysql import AsyncMysqlResource, MysqlResource
    from .network import AsyncNetworkResource, NetworkResource
    from .notification import AsyncNotificationResource, NotificationResource
    from .organization import AsyncOrganizationResource, OrganizationResource
    from .overview import AsyncOverviewResource, OverviewResource
    from .patch import AsyncPatchResource, PatchResource
    from .port import AsyncPortResource, PortResource
    from .postgres import AsyncPostgresResource, PostgresResource
    from .preview_deployment import AsyncPreviewDeploymentResource, PreviewDeploymentResource
    from .project import AsyncProjectResource, ProjectResource
    from .redirects import AsyncRedirectsResource, RedirectsResource
    from .redis import AsyncRedisResource, RedisResource
    from .registry import AsyncRegistryResource, RegistryResource
    from .rollback import AsyncRollbackResource, RollbackResource
    from .schedule import AsyncScheduleResource, ScheduleResource
    from .scim import AsyncScimResource, ScimResource
    from .security import AsyncSecurityResource, SecurityResource
    from .server import AsyncServerResource, ServerResource
    from .settings import AsyncSettingsResource, SettingsResource
    from .ssh_key import AsyncSshKeyResource, SshKeyResource
    from .sso import AsyncSsoResource, SsoResource
    from .stripe import AsyncStripeResource, StripeResource
    from .swarm import AsyncSwarmResource, SwarmResource
    from .tag import AsyncTagResource, TagResource
    from .user import AsyncUserResource, UserResource
    from .vault_provider import AsyncVaultProviderResource, VaultProviderResource
    from .volume_backups import AsyncVolumeBackupsResource, VolumeBackupsResource
    from .whitelabeling import AsyncWhitelabelingResource, WhitelabelingResource


class OperationInfo(NamedTuple):
    module: str
    method: str
    path: str
    body: str  # "json", "multipart" or "" (query parameters only)


OPERATIONS: dict[str, OperationInfo] = {
    "admin.setupMonitoring": OperationInfo(
        "dokploy_api.api.admin.admin_setup_monitoring",
        "POST",
        "/admin.setupMonitoring",
        "json",
    ),
    "ai.analyzeLogs": OperationInfo(
        "dokploy_api.api.ai.ai_analyze_logs",
        "POST",
        "/ai.analyzeLogs",
        "json",
    ),
    "ai.create": OperationInfo(
        "dokploy_api.api.ai.ai_create",
        "POST",
        "/ai.create",
        "json",
    ),
    "ai.delete": OperationInfo(
        "dokploy_api.api.ai.ai_delete",
        "POST",
        "/ai.delete",
        "json",
    ),
    "ai.deploy": OperationInfo(
        "dokploy_api.api.ai.ai_deploy",
        "POST",
        "/ai.deploy",
        "json",
    ),
    "ai.get": OperationInfo(
        "dokploy_api.api.ai.ai_get",
        "GET",
        "/ai.get",
        "",
    ),
    "ai.getAll": OperationInfo(
        "dokploy_api.api.ai.ai_get_all",
        "GET",
        "/ai.getAll",
        "",
    ),
    "ai.getCustomProviders": OperationInfo(
        "dokploy_api.api.ai.ai_get_custom_providers",
        "GET",
        "/ai.getCustomProviders",
        "",
    ),
    "ai.getEnabledProviders": OperationInfo(
        "dokploy_api.api.ai.ai_get_enabled_providers",
        "GET",
        "/ai.getEnabledProviders",
        "",
    ),
    "ai.getModels": OperationInfo(
        "dokploy_api.api.ai.ai_get_models",
        "GET",
        "/ai.getModels",
        "",
    ),
    "ai.one": OperationInfo(
        "dokploy_api.api.ai.ai_one",
        "GET",
        "/ai.one",
        "",
    ),
    "ai.saveCustomProviders": OperationInfo(
        "dokploy_api.api.ai.ai_save_custom_providers",
        "POST",
        "/ai.saveCustomProviders",
        "json",
    ),
    "ai.suggest": OperationInfo(
        "dokploy_api.api.ai.ai_suggest",
        "POST",
        "/ai.suggest",
        "json",
    ),
    "ai.testConnection": OperationInfo(
        "dokploy_api.api.ai.ai_test_connection",
        "POST",
        "/ai.testConnection",
        "json",
    ),
    "ai.update": OperationInfo(
        "dokploy_api.api.ai.ai_update",
        "POST",
        "/ai.update",
        "json",
    ),
    "application.cancelDeployment": OperationInfo(
        "dokploy_api.api.application.application_cancel_deployment",
        "POST",
        "/application.cancelDeployment",
        "json",
    ),
    "application.cleanQueues": OperationInfo(
        "dokploy_api.api.application.application_clean_queues",
        "POST",
        "/application.cleanQueues",
        "json",
    ),
    "application.clearDeployments": OperationInfo(
        "dokploy_api.api.application.application_clear_deployments",
        "POST",
        "/application.clearDeployments",
        "json",
    ),
    "application.create": OperationInfo(
        "dokploy_api.api.application.application_create",
        "POST",
        "/application.create",
        "json",
    ),
    "application.delete": OperationInfo(
        "dokploy_api.api.application.application_delete",
        "POST",
        "/application.delete",
        "json",
    ),
    "application.deploy": OperationInfo(
        "dokploy_api.api.application.application_deploy",
        "POST",
        "/application.deploy",
        "json",
    ),
    "application.disconnectGitProvider": OperationInfo(
        "dokploy_api.api.application.application_disconnect_git_provider",
        "POST",
        "/application.disconnectGitProvider",
        "json",
    ),
    "application.dropDeployment": OperationInfo(
        "dokploy_api.api.application.application_drop_deployment",
        "POST",
        "/application.dropDeployment",
        "multipart",
    ),
    "application.killBuild": OperationInfo(
        "dokploy_api.api.application.application_kill_build",
        "POST",
        "/application.killBuild",
        "json",
    ),
    "application.markRunning": OperationInfo(
        "dokploy_api.api.application.application_mark_running",
        "POST",
        "/application.markRunning",
        "json",
    ),
    "application.move": OperationInfo(
        "dokploy_api.api.application.application_move",
        "POST",
        "/application.move",
        "json",
    ),
    "application.one": OperationInfo(
        "dokploy_api.api.application.application_one",
        "GET",
        "/application.one",
        "",
    ),
    "application.readAppMonitoring": OperationInfo(
        "dokploy_api.api.application.application_read_app_monitoring",
        "GET",
        "/application.readAppMonitoring",
        "",
    ),
    "application.readLogs": OperationInfo(
        "dokploy_api.api.application.application_read_logs",
        "GET",
        "/application.readLogs",
        "",
    ),
    "application.readTraefikConfig": OperationInfo(
        "dokploy_api.api.application.application_read_traefik_config",
        "GET",
        "/application.readTraefikConfig",
        "",
    ),
    "application.redeploy": OperationInfo(
        "dokploy_api.api.application.application_redeploy",
        "POST",
        "/application.redeploy",
        "json",
    ),
    "application.refreshToken": OperationInfo(
        "dokploy_api.api.application.application_refresh_token",
        "POST",
        "/application.refreshToken",
        "json",
    ),
    "application.reload": OperationInfo(
        "dokploy_api.api.application.application_reload",
        "POST",
        "/application.reload",
        "json",
    ),
    "application.saveBitbucketProvider": OperationInfo(
        "dokploy_api.api.application.application_save_bitbucket_provider",
        "POST",
        "/application.saveBitbucketProvider",
        "json",
    ),
    "application.saveBuildType": OperationInfo(
        "dokploy_api.api.application.application_save_build_type",
        "POST",
        "/application.saveBuildType",
        "json",
    ),
    "application.saveDockerProvider": OperationInfo(
        "dokploy_api.api.application.application_save_docker_provider",
        "POST",
        "/application.saveDockerProvider",
        "json",
    ),
    "application.saveEnvironment": OperationInfo(
        "dokploy_api.api.application.application_save_environment",
        "POST",
        "/application.saveEnvironment",
        "json",
    ),
    "application.saveGitProvider": OperationInfo(
        "dokploy_api.api.application.application_save_git_provider",
        "POST",
        "/application.saveGitProvider",
        "json",
    ),
    "application.saveGiteaProvider": OperationInfo(
        "dokploy_api.api.application.application_save_gitea_provider",
        "POST",
        "/application.saveGiteaProvider",
        "json",
    ),
    "application.saveGithubProvider": OperationInfo(
        "dokploy_api.api.application.application_save_github_provider",
        "POST",
        "/application.saveGithubProvider",
        "json",
    ),
    "application.saveGitlabProvider": OperationInfo(
        "dokploy_api.api.application.application_save_gitlab_provider",
        "POST",
        "/application.saveGitlabProvider",
        "json",
    ),
    "application.search": OperationInfo(
        "dokploy_api.api.application.application_search",
        "GET",
        "/application.search",
        "",
    ),
    "application.start": OperationInfo(
        "dokploy_api.api.application.application_start",
        "POST",
        "/application.start",
        "json",
    ),
    "application.stop": OperationInfo(
        "dokploy_api.api.application.application_stop",
        "POST",
        "/application.stop",
        "json",
    ),
    "application.update": OperationInfo(
        "dokploy_api.api.application.application_update",
        "POST",
        "/application.update",
        "json",
    ),
    "application.updateTraefikConfig": OperationInfo(
        "dokploy_api.api.application.application_update_traefik_config",
        "POST",
        "/application.updateTraefikConfig",
        "json",
    ),
    "auditLog.all": OperationInfo(
        "dokploy_api.api.audit_log.audit_log_all",
        "GET",
        "/auditLog.all",
        "",
    ),
    "backup.create": OperationInfo(
        "dokploy_api.api.backup.backup_create",
        "POST",
        "/backup.create",
        "json",
    ),
    "backup.listBackupFiles": OperationInfo(
        "dokploy_api.api.backup.backup_list_backup_files",
        "GET",
        "/backup.listBackupFiles",
        "",
    ),
    "backup.manualBackupCompose": OperationInfo(
        "dokploy_api.api.backup.backup_manual_backup_compose",
        "POST",
        "/backup.manualBackupCompose",
        "json",
    ),
    "backup.manualBackupLibsql": OperationInfo(
        "dokploy_api.api.backup.backup_manual_backup_libsql",
        "POST",
        "/backup.manualBackupLibsql",
        "json",
    ),
    "backup.manualBackupMariadb": OperationInfo(
        "dokploy_api.api.backup.backup_manual_backup_mariadb",
        "POST",
        "/backup.manualBackupMariadb",
        "json",
    ),
    "backup.manualBackupMongo": OperationInfo(
        "dokploy_api.api.backup.backup_manual_backup_mongo",
        "POST",
        "/backup.manualBackupMongo",
        "json",
    ),
    "backup.manualBackupMySql": OperationInfo(
        "dokploy_api.api.backup.backup_manual_backup_my_sql",
        "POST",
        "/backup.manualBackupMySql",
        "json",
    ),
    "backup.manualBackupPostgres": OperationInfo(
        "dokploy_api.api.backup.backup_manual_backup_postgres",
        "POST",
        "/backup.manualBackupPostgres",
        "json",
    ),
    "backup.manualBackupWebServer": OperationInfo(
        "dokploy_api.api.backup.backup_manual_backup_web_server",
        "POST",
        "/backup.manualBackupWebServer",
        "json",
    ),
    "backup.one": OperationInfo(
        "dokploy_api.api.backup.backup_one",
        "GET",
        "/backup.one",
        "",
    ),
    "backup.remove": OperationInfo(
        "dokploy_api.api.backup.backup_remove",
        "POST",
        "/backup.remove",
        "json",
    ),
    "backup.update": OperationInfo(
        "dokploy_api.api.backup.backup_update",
        "POST",
        "/backup.update",
        "json",
    ),
    "bitbucket.bitbucketProviders": OperationInfo(
        "dokploy_api.api.bitbucket.bitbucket_bitbucket_providers",
        "GET",
        "/bitbucket.bitbucketProviders",
        "",
    ),
    "bitbucket.create": OperationInfo(
        "dokploy_api.api.bitbucket.bitbucket_create",
        "POST",
        "/bitbucket.create",
        "json",
    ),
    "bitbucket.getBitbucketBranches": OperationInfo(
        "dokploy_api.api.bitbucket.bitbucket_get_bitbucket_branches",
        "GET",
        "/bitbucket.getBitbucketBranches",
        "",
    ),
    "bitbucket.getBitbucketRepositories": OperationInfo(
        "dokploy_api.api.bitbucket.bitbucket_get_bitbucket_repositories",
        "GET",
        "/bitbucket.getBitbucketRepositories",
        "",
    ),
    "bitbucket.one": OperationInfo(
        "dokploy_api.api.bitbucket.bitbucket_one",
        "GET",
        "/bitbucket.one",
        "",
    ),
    "bitbucket.testConnection": OperationInfo(
        "dokploy_api.api.bitbucket.bitbucket_test_connection",
        "POST",
        "/bitbucket.testConnection",
        "json",
    ),
    "bitbucket.update": OperationInfo(
        "dokploy_api.api.bitbucket.bitbucket_update",
        "POST",
        "/bitbucket.update",
        "json",
    ),
    "certificates.all": OperationInfo(
        "dokploy_api.api.certificates.certificates_all",
        "GET",
        "/certificates.all",
        "",
    ),
    "certificates.create": OperationInfo(
        "dokploy_api.api.certificates.certificates_create",
        "POST",
        "/certificates.create",
        "json",
    ),
    "certificates.one": OperationInfo(
        "dokploy_api.api.certificates.certificates_one",
        "GET",
        "/certificates.one",
        "",
    ),
    "certificates.remove": OperationInfo(
        "dokploy_api.api.certificates.certificates_remove",
        "POST",
        "/certificates.remove",
        "json",
    ),
    "certificates.update": OperationInfo(
        "dokploy_api.api.certificates.certificates_update",
        "POST",
        "/certificates.update",
        "json",
    ),
    "cluster.addManager": OperationInfo(
        "dokploy_api.api.cluster.cluster_add_manager",
        "GET",
        "/cluster.addManager",
        "",
    ),
    "cluster.addWorker": OperationInfo(
        "dokploy_api.api.cluster.cluster_add_worker",
        "GET",
        "/cluster.addWorker",
        "",
    ),
    "cluster.getNodes": OperationInfo(
        "dokploy_api.api.cluster.cluster_get_nodes",
        "GET",
        "/cluster.getNodes",
        "",
    ),
    "cluster.removeWorker": OperationInfo(
        "dokploy_api.api.cluster.cluster_remove_worker",
        "POST",
        "/cluster.removeWorker",
        "json",
    ),
    "compose.cancelDeployment": OperationInfo(
        "dokploy_api.api.compose.compose_cancel_deployment",
        "POST",
        "/compose.cancelDeployment",
        "json",
    ),
    "compose.cleanQueues": OperationInfo(
        "dokploy_api.api.compose.compose_clean_queues",
        "POST",
        "/compose.cleanQueues",
        "json",
    ),
    "compose.clearDeployments": OperationInfo(
        "dokploy_api.api.compose.compose_clear_deployments",
        "POST",
        "/compose.clearDeployments",
        "json",
    ),
    "compose.create": OperationInfo(
        "dokploy_api.api.compose.compose_create",
        "POST",
        "/compose.create",
        "json",
    ),
    "compose.delete": OperationInfo(
        "dokploy_api.api.compose.compose_delete",
        "POST",
        "/compose.delete",
        "json",
    ),
    "compose.deploy": OperationInfo(
        "dokploy_api.api.compose.compose_deploy",
        "POST",
        "/compose.deploy",
        "json",
    ),
    "compose.deployTemplate": OperationInfo(
        "dokploy_api.api.compose.compose_deploy_template",
        "POST",
        "/compose.deployTemplate",
        "json",
    ),
    "compose.disconnectGitProvider": OperationInfo(
        "dokploy_api.api.compose.compose_disconnect_git_provider",
        "POST",
        "/compose.disconnectGitProvider",
        "json",
    ),
    "compose.fetchSourceType": OperationInfo(
        "dokploy_api.api.compose.compose_fetch_source_type",
        "POST",
        "/compose.fetchSourceType",
        "json",
    ),
    "compose.getConvertedCompose": OperationInfo(
        "dokploy_api.api.compose.compose_get_converted_compose",
        "GET",
        "/compose.getConvertedCompose",
        "",
    ),
    "compose.getDefaultCommand": OperationInfo(
        "dokploy_api.api.compose.compose_get_default_command",
        "GET",
        "/compose.getDefaultCommand",
        "",
    ),
    "compose.getTags": OperationInfo(
        "dokploy_api.api.compose.compose_get_tags",
        "GET",
        "/compose.getTags",
        "",
    ),
    "compose.import": OperationInfo(
        "dokploy_api.api.compose.compose_import",
        "POST",
        "/compose.import",
        "json",
    ),
    "compose.isolatedDeployment": OperationInfo(
        "dokploy_api.api.compose.compose_isolated_deployment",
        "POST",
        "/compose.isolatedDeployment",
        "json",
    ),
    "compose.killBuild": OperationInfo(
        "dokploy_api.api.compose.compose_kill_build",
        "POST",
        "/compose.killBuild",
        "json",
    ),
    "compose.loadMountsByService": OperationInfo(
        "dokploy_api.api.compose.compose_load_mounts_by_service",
        "GET",
        "/compose.loadMountsByService",
        "",
    ),
    "compose.loadServices": OperationInfo(
        "dokploy_api.api.compose.compose_load_services",
        "GET",
        "/compose.loadServices",
        "",
    ),
    "compose.move": OperationInfo(
        "dokploy_api.api.compose.compose_move",
        "POST",
        "/compose.move",
        "json",
    ),
    "compose.one": OperationInfo(
        "dokploy_api.api.compose.compose_one",
        "GET",
        "/compose.one",
        "",
    ),
    "compose.previewTemplate": OperationInfo(
        "dokploy_api.api.compose.compose_preview_template",
        "POST",
        "/compose.previewTemplate",
        "json",
    ),
    "compose.processTemplate": OperationInfo(
        "dokploy_api.api.compose.compose_process_template",
        "POST",
        "/compose.processTemplate",
        "json",
    ),
    "compose.randomizeCompose": OperationInfo(
        "dokploy_api.api.compose.compose_randomize_compose",
        "POST",
        "/compose.randomizeCompose",
        "json",
    ),
    "compose.readLogs": OperationInfo(
        "dokploy_api.api.compose.compose_read_logs",
        "GET",
        "/compose.readLogs",
        "",
    ),
    "compose.redeploy": OperationInfo(
        "dokploy_api.api.compose.compose_redeploy",
        "POST",
        "/compose.redeploy",
        "json",
    ),
    "compose.refreshToken": OperationInfo(
        "dokploy_api.api.compose.compose_refresh_token",
        "POST",
        "/compose.refreshToken",
        "json",
    ),
    "compose.saveEnvironment": OperationInfo(
        "dokploy_api.api.compose.compose_save_environment",
        "POST",
        "/compose.saveEnvironment",
        "json",
    ),
    "compose.search": OperationInfo(
        "dokploy_api.api.compose.compose_search",
        "GET",
        "/compose.search",
        "",
    ),
    "compose.start": OperationInfo(
        "dokploy_api.api.compose.compose_start",
        "POST",
        "/compose.start",
        "json",
    ),
    "compose.stop": OperationInfo(
        "dokploy_api.api.compose.compose_stop",
        "POST",
        "/compose.stop",
        "json",
    ),
    "compose.templates": OperationInfo(
        "dokploy_api.api.compose.compose_templates",
        "GET",
        "/compose.templates",
        "",
    ),
    "compose.update": OperationInfo(
        "dokploy_api.api.compose.compose_update",
        "POST",
        "/compose.update",
        "json",
    ),
    "customRole.all": OperationInfo(
        "dokploy_api.api.custom_role.custom_role_all",
        "GET",
        "/customRole.all",
        "",
    ),
    "customRole.create": OperationInfo(
        "dokploy_api.api.custom_role.custom_role_create",
        "POST",
        "/customRole.create",
        "json",
    ),
    "customRole.getStatements": OperationInfo(
        "dokploy_api.api.custom_role.custom_role_get_statements",
        "GET",
        "/customRole.getStatements",
        "",
    ),
    "customRole.membersByRole": OperationInfo(
        "dokploy_api.api.custom_role.custom_role_members_by_role",
        "GET",
        "/customRole.membersByRole",
        "",
    ),
    "customRole.remove": OperationInfo(
        "dokploy_api.api.custom_role.custom_role_remove",
        "POST",
        "/customRole.remove",
        "json",
    ),
    "customRole.update": OperationInfo(
        "dokploy_api.api.custom_role.custom_role_update",
        "POST",
        "/customRole.update",
        "json",
    ),
    "deployment.all": OperationInfo(
        "dokploy_api.api.deployment.deployment_all",
        "GET",
        "/deployment.all",
        "",
    ),
    "deployment.allByCompose": OperationInfo(
        "dokploy_api.api.deployment.deployment_all_by_compose",
        "GET",
        "/deployment.allByCompose",
        "",
    ),
    "deployment.allByServer": OperationInfo(
        "dokploy_api.api.deployment.deployment_all_by_server",
        "GET",
        "/deployment.allByServer",
        "",
    ),
    "deployment.allByType": OperationInfo(
        "dokploy_api.api.deployment.deployment_all_by_type",
        "GET",
        "/deployment.allByType",
        "",
    ),
    "deployment.allCentralized": OperationInfo(
        "dokploy_api.api.deployment.deployment_all_centralized",
        "GET",
        "/deployment.allCentralized",
        "",
    ),
    "deployment.killProcess": OperationInfo(
        "dokploy_api.api.deployment.deployment_kill_process",
        "POST",
        "/deployment.killProcess",
        "json",
    ),
    "deployment.queueList": OperationInfo(
        "dokploy_api.api.deployment.deployment_queue_list",
        "GET",
        "/deployment.queueList",
        "",
    ),
    "deployment.readLogs": OperationInfo(
        "dokploy_api.api.deployment.deployment_read_logs",
        "GET",
        "/deployment.readLogs",
        "",
    ),
    "deployment.removeDeployment": OperationInfo(
        "dokploy_api.api.deployment.deployment_remove_deployment",
        "POST",
        "/deployment.removeDeployment",
        "json",
    ),
    "destination.all": OperationInfo(
        "dokploy_api.api.destination.destination_all",
        "GET",
        "/destination.all",
        "",
    ),
    "destination.create": OperationInfo(
        "dokploy_api.api.destination.destination_create",
        "POST",
        "/destination.create",
        "json",
    ),
    "destination.one": OperationInfo(
        "dokploy_api.api.destination.destination_one",
        "GET",
        "/destination.one",
        "",
    ),
    "destination.remove": OperationInfo(
        "dokploy_api.api.destination.destination_remove",
        "POST",
        "/destination.remove",
        "json",
    ),
    "destination.testConnection": OperationInfo(
        "dokploy_api.api.destination.destination_test_connection",
        "POST",
        "/destination.testConnection",
        "json",
    ),
    "destination.update": OperationInfo(
        "dokploy_api.api.destination.destination_update",
        "POST",
        "/destination.update",
        "json",
    ),
    "dnsProvider.all": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_all",
        "GET",
        "/dnsProvider.all",
        "",
    ),
    "dnsProvider.create": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_create",
        "POST",
        "/dnsProvider.create",
        "json",
    ),
    "dnsProvider.createRecord": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_create_record",
        "POST",
        "/dnsProvider.createRecord",
        "json",
    ),
    "dnsProvider.deleteRecord": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_delete_record",
        "POST",
        "/dnsProvider.deleteRecord",
        "json",
    ),
    "dnsProvider.listRecords": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_list_records",
        "GET",
        "/dnsProvider.listRecords",
        "",
    ),
    "dnsProvider.listZones": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_list_zones",
        "GET",
        "/dnsProvider.listZones",
        "",
    ),
    "dnsProvider.one": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_one",
        "GET",
        "/dnsProvider.one",
        "",
    ),
    "dnsProvider.remove": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_remove",
        "POST",
        "/dnsProvider.remove",
        "json",
    ),
    "dnsProvider.testConnection": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_test_connection",
        "POST",
        "/dnsProvider.testConnection",
        "json",
    ),
    "dnsProvider.update": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_update",
        "POST",
        "/dnsProvider.update",
        "json",
    ),
    "dnsProvider.updateRecord": OperationInfo(
        "dokploy_api.api.dns_provider.dns_provider_update_record",
        "POST",
        "/dnsProvider.updateRecord",
        "json",
    ),
    "docker.deleteContainerFile": OperationInfo(
        "dokploy_api.api.docker.docker_delete_container_file",
        "POST",
        "/docker.deleteContainerFile",
        "json",
    ),
    "docker.getConfig": OperationInfo(
        "dokploy_api.api.docker.docker_get_config",
        "GET",
        "/docker.getConfig",
        "",
    ),
    "docker.getContainers": OperationInfo(
        "dokploy_api.api.docker.docker_get_containers",
        "GET",
        "/docker.getContainers",
        "",
    ),
    "docker.getContainersByAppLabel": OperationInfo(
        "dokploy_api.api.docker.docker_get_containers_by_app_label",
        "GET",
        "/docker.getContainersByAppLabel",
        "",
    ),
    "docker.getContainersByAppNameMatch": OperationInfo(
        "dokploy_api.api.docker.docker_get_containers_by_app_name_match",
        "GET",
        "/docker.getContainersByAppNameMatch",
        "",
    ),
    "docker.getEvents": OperationInfo(
        "dokploy_api.api.docker.docker_get_events",
        "GET",
        "/docker.getEvents",
        "",
    ),
    "docker.getServerHealth": OperationInfo(
        "dokploy_api.api.docker.docker_get_server_health",
        "GET",
        "/docker.getServerHealth",
        "",
    ),
    "docker.getServiceContainersByAppName": OperationInfo(
        "dokploy_api.api.docker.docker_get_service_containers_by_app_name",
        "GET",
        "/docker.getServiceContainersByAppName",
        "",
    ),
    "docker.getStackContainersByAppName": OperationInfo(
        "dokploy_api.api.docker.docker_get_stack_containers_by_app_name",
        "GET",
        "/docker.getStackContainersByAppName",
        "",
    ),
    "docker.killContainer": OperationInfo(
        "dokploy_api.api.docker.docker_kill_container",
        "POST",
        "/docker.killContainer",
        "json",
    ),
    "docker.listContainerFiles": OperationInfo(
        "dokploy_api.api.docker.docker_list_container_files",
        "GET",
        "/docker.listContainerFiles",
        "",
    ),
    "docker.readContainerFile": OperationInfo(
        "dokploy_api.api.docker.docker_read_container_file",
        "GET",
        "/docker.readContainerFile",
        "",
    ),
    "docker.removeContainer": OperationInfo(
        "dokploy_api.api.docker.docker_remove_container",
        "POST",
        "/docker.removeContainer",
        "json",
    ),
    "docker.restartContainer": OperationInfo(
        "dokploy_api.api.docker.docker_restart_container",
        "POST",
        "/docker.restartContainer",
        "json",
    ),
    "docker.startContainer": OperationInfo(
        "dokploy_api.api.docker.docker_start_container",
        "POST",
        "/docker.startContainer",
        "json",
    ),
    "docker.stopContainer": OperationInfo(
        "dokploy_api.api.docker.docker_stop_container",
        "POST",
        "/docker.stopContainer",
        "json",
    ),
    "docker.uploadFileToContainer": OperationInfo(
        "dokploy_api.api.docker.docker_upload_file_to_container",
        "POST",
        "/docker.uploadFileToContainer",
        "multipart",
    ),
    "docker.writeContainerFile": OperationInfo(
        "dokploy_api.api.docker.docker_write_container_file",
        "POST",
        "/docker.writeContainerFile",
        "json",
    ),
    "dockerDiskUsage.getBuildCache": OperationInfo(
        "dokploy_api.api.docker_disk_usage.docker_disk_usage_get_build_cache",
        "GET",
        "/dockerDiskUsage.getBuildCache",
        "",
    ),
    "dockerDiskUsage.getDiskUsage": OperationInfo(
        "dokploy_api.api.docker_disk_usage.docker_disk_usage_get_disk_usage",
        "GET",
        "/dockerDiskUsage.getDiskUsage",
        "",
    ),
    "dockerDiskUsage.pruneBuildCache": OperationInfo(
        "dokploy_api.api.docker_disk_usage.docker_disk_usage_prune_build_cache",
        "POST",
        "/dockerDiskUsage.pruneBuildCache",
        "json",
    ),
    "dockerImage.getImageConfig": OperationInfo(
        "dokploy_api.api.docker_image.docker_image_get_image_config",
        "GET",
        "/dockerImage.getImageConfig",
        "",
    ),
    "dockerImage.getImages": OperationInfo(
        "dokploy_api.api.docker_image.docker_image_get_images",
        "GET",
        "/dockerImage.getImages",
        "",
    ),
    "dockerImage.removeImage": OperationInfo(
        "dokploy_api.api.docker_image.docker_image_remove_image",
        "POST",
        "/dockerImage.removeImage",
        "json",
    ),
    "dockerVolume.deleteVolumeFile": OperationInfo(
        "dokploy_api.api.docker_volume.docker_volume_delete_volume_file",
        "POST",
        "/dockerVolume.deleteVolumeFile",
        "json",
    ),
    "dockerVolume.getVolumeConfig": OperationInfo(
        "dokploy_api.api.docker_volume.docker_volume_get_volume_config",
        "GET",
        "/dockerVolume.getVolumeConfig",
        "",
    ),
    "dockerVolume.getVolumes": OperationInfo(
        "dokploy_api.api.docker_volume.docker_volume_get_volumes",
        "GET",
        "/dockerVolume.getVolumes",
        "",
    ),
    "dockerVolume.getVolumesSize": OperationInfo(
        "dokploy_api.api.docker_volume.docker_volume_get_volumes_size",
        "GET",
        "/dockerVolume.getVolumesSize",
        "",
    ),
    "dockerVolume.listVolumeFiles": OperationInfo(
        "dokploy_api.api.docker_volume.docker_volume_list_volume_files",
        "GET",
        "/dockerVolume.listVolumeFiles",
        "",
    ),
    "dockerVolume.readVolumeFile": OperationInfo(
        "dokploy_api.api.docker_volume.docker_volume_read_volume_file",
        "GET",
        "/dockerVolume.readVolumeFile",
        "",
    ),
    "dockerVolume.removeVolume": OperationInfo(
        "dokploy_api.api.docker_volume.docker_volume_remove_volume",
        "POST",
        "/dockerVolume.removeVolume",
        "json",
    ),
    "dockerVolume.writeVolumeFile": OperationInfo(
        "dokploy_api.api.docker_volume.docker_volume_write_volume_file",
        "POST",
        "/dockerVolume.writeVolumeFile",
        "json",
    ),
    "domain.byApplicationId": OperationInfo(
        "dokploy_api.api.domain.domain_by_application_id",
        "GET",
        "/domain.byApplicationId",
        "",
    ),
    "domain.byComposeId": OperationInfo(
        "dokploy_api.api.domain.domain_by_compose_id",
        "GET",
        "/domain.byComposeId",
        "",
    ),
    "domain.canGenerateTraefikMeDomains": OperationInfo(
        "dokploy_api.api.domain.domain_can_generate_traefik_me_domains",
        "GET",
        "/domain.canGenerateTraefikMeDomains",
        "",
    ),
    "domain.create": OperationInfo(
        "dokploy_api.api.domain.domain_create",
        "POST",
        "/domain.create",
        "json",
    ),
    "domain.delete": OperationInfo(
        "dokploy_api.api.domain.domain_delete",
        "POST",
        "/domain.delete",
        "json",
    ),
    "domain.generateDomain": OperationInfo(
        "dokploy_api.api.domain.domain_generate_domain",
        "POST",
        "/domain.generateDomain",
        "json",
    ),
    "domain.one": OperationInfo(
        "dokploy_api.api.domain.domain_one",
        "GET",
        "/domain.one",
        "",
    ),
    "domain.toggleEnable": OperationInfo(
        "dokploy_api.api.domain.domain_toggle_enable",
        "POST",
        "/domain.toggleEnable",
        "json",
    ),
    "domain.update": OperationInfo(
        "dokploy_api.api.domain.domain_update",
        "POST",
        "/domain.update",
        "json",
    ),
    "domain.validateDomain": OperationInfo(
        "dokploy_api.api.domain.domain_validate_domain",
        "POST",
        "/domain.validateDomain",
        "json",
    ),
    "environment.byProjectId": OperationInfo(
        "dokploy_api.api.environment.environment_by_project_id",
        "GET",
        "/environment.byProjectId",
        "",
    ),
    "environment.create": OperationInfo(
        "dokploy_api.api.environment.environment_create",
        "POST",
        "/environment.create",
        "json",
    ),
    "environment.duplicate": OperationInfo(
        "dokploy_api.api.environment.environment_duplicate",
        "POST",
        "/environment.duplicate",
        "json",
    ),
    "environment.one": OperationInfo(
        "dokploy_api.api.environment.environment_one",
        "GET",
        "/environment.one",
        "",
    ),
    "environment.remove": OperationInfo(
        "dokploy_api.api.environment.environment_remove",
        "POST",
        "/environment.remove",
        "json",
    ),
    "environment.search": OperationInfo(
        "dokploy_api.api.environment.environment_search",
        "GET",
        "/environment.search",
        "",
    ),
    "environment.update": OperationInfo(
        "dokploy_api.api.environment.environment_update",
        "POST",
        "/environment.update",
        "json",
    ),
    "forwardAuth.deployOnServer": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_deploy_on_server",
        "POST",
        "/forwardAuth.deployOnServer",
        "json",
    ),
    "forwardAuth.disable": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_disable",
        "POST",
        "/forwardAuth.disable",
        "json",
    ),
    "forwardAuth.enable": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_enable",
        "POST",
        "/forwardAuth.enable",
        "json",
    ),
    "forwardAuth.getAuthDomain": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_get_auth_domain",
        "GET",
        "/forwardAuth.getAuthDomain",
        "",
    ),
    "forwardAuth.listProviders": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_list_providers",
        "GET",
        "/forwardAuth.listProviders",
        "",
    ),
    "forwardAuth.removeAuthDomain": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_remove_auth_domain",
        "POST",
        "/forwardAuth.removeAuthDomain",
        "json",
    ),
    "forwardAuth.removeOnServer": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_remove_on_server",
        "POST",
        "/forwardAuth.removeOnServer",
        "json",
    ),
    "forwardAuth.serverStatus": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_server_status",
        "GET",
        "/forwardAuth.serverStatus",
        "",
    ),
    "forwardAuth.setAuthDomain": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_set_auth_domain",
        "POST",
        "/forwardAuth.setAuthDomain",
        "json",
    ),
    "forwardAuth.status": OperationInfo(
        "dokploy_api.api.forward_auth.forward_auth_status",
        "GET",
        "/forwardAuth.status",
        "",
    ),
    "gitProvider.allForPermissions": OperationInfo(
        "dokploy_api.api.git_provider.git_provider_all_for_permissions",
        "GET",
        "/gitProvider.allForPermissions",
        "",
    ),
    "gitProvider.getAll": OperationInfo(
        "dokploy_api.api.git_provider.git_provider_get_all",
        "GET",
        "/gitProvider.getAll",
        "",
    ),
    "gitProvider.remove": OperationInfo(
        "dokploy_api.api.git_provider.git_provider_remove",
        "POST",
        "/gitProvider.remove",
        "json",
    ),
    "gitProvider.toggleShare": OperationInfo(
        "dokploy_api.api.git_provider.git_provider_toggle_share",
        "POST",
        "/gitProvider.toggleShare",
        "json",
    ),
    "gitea.create": OperationInfo(
        "dokploy_api.api.gitea.gitea_create",
        "POST",
        "/gitea.create",
        "json",
    ),
    "gitea.getGiteaBranches": OperationInfo(
        "dokploy_api.api.gitea.gitea_get_gitea_branches",
        "GET",
        "/gitea.getGiteaBranches",
        "",
    ),
    "gitea.getGiteaRepositories": OperationInfo(
        "dokploy_api.api.gitea.gitea_get_gitea_repositories",
        "GET",
        "/gitea.getGiteaRepositories",
        "",
    ),
    "gitea.getGiteaUrl": OperationInfo(
        "dokploy_api.api.gitea.gitea_get_gitea_url",
        "GET",
        "/gitea.getGiteaUrl",
        "",
    ),
    "gitea.giteaProviders": OperationInfo(
        "dokploy_api.api.gitea.gitea_gitea_providers",
        "GET",
        "/gitea.giteaProviders",
        "",
    ),
    "gitea.one": OperationInfo(
        "dokploy_api.api.gitea.gitea_one",
        "GET",
        "/gitea.one",
        "",
    ),
    "gitea.testConnection": OperationInfo(
        "dokploy_api.api.gitea.gitea_test_connection",
        "POST",
        "/gitea.testConnection",
        "json",
    ),
    "gitea.update": OperationInfo(
        "dokploy_api.api.gitea.gitea_update",
        "POST",
        "/gitea.update",
        "json",
    ),
    "github.getGithubBranches": OperationInfo(
        "dokploy_api.api.github.github_get_github_branches",
        "GET",
        "/github.getGithubBranches",
        "",
    ),
    "github.getGithubRepositories": OperationInfo(
        "dokploy_api.api.github.github_get_github_repositories",
        "GET",
        "/github.getGithubRepositories",
        "",
    ),
    "github.githubProviders": OperationInfo(
        "dokploy_api.api.github.github_github_providers",
        "GET",
        "/github.githubProviders",
        "",
    ),
    "github.one": OperationInfo(
        "dokploy_api.api.github.github_one",
        "GET",
        "/github.one",
        "",
    ),
    "github.testConnection": OperationInfo(
        "dokploy_api.api.github.github_test_connection",
        "POST",
        "/github.testConnection",
        "json",
    ),
    "github.update": OperationInfo(
        "dokploy_api.api.github.github_update",
        "POST",
        "/github.update",
        "json",
    ),
    "gitlab.create": OperationInfo(
        "dokploy_api.api.gitlab.gitlab_create",
        "POST",
        "/gitlab.create",
        "json",
    ),
    "gitlab.getGitlabBranches": OperationInfo(
        "dokploy_api.api.gitlab.gitlab_get_gitlab_branches",
        "GET",
        "/gitlab.getGitlabBranches",
        "",
    ),
    "gitlab.getGitlabRepositories": OperationInfo(
        "dokploy_api.api.gitlab.gitlab_get_gitlab_repositories",
        "GET",
        "/gitlab.getGitlabRepositories",
        "",
    ),
    "gitlab.gitlabProviders": OperationInfo(
        "dokploy_api.api.gitlab.gitlab_gitlab_providers",
        "GET",
        "/gitlab.gitlabProviders",
        "",
    ),
    "gitlab.one": OperationInfo(
        "dokploy_api.api.gitlab.gitlab_one",
        "GET",
        "/gitlab.one",
        "",
    ),
    "gitlab.testConnection": OperationInfo(
        "dokploy_api.api.gitlab.gitlab_test_connection",
        "POST",
        "/gitlab.testConnection",
        "json",
    ),
    "gitlab.update": OperationInfo(
        "dokploy_api.api.gitlab.gitlab_update",
        "POST",
        "/gitlab.update",
        "json",
    ),
    "libsql.changeStatus": OperationInfo(
        "dokploy_api.api.libsql.libsql_change_status",
        "POST",
        "/libsql.changeStatus",
        "json",
    ),
    "libsql.create": OperationInfo(
        "dokploy_api.api.libsql.libsql_create",
        "POST",
        "/libsql.create",
        "json",
    ),
    "libsql.deploy": OperationInfo(
        "dokploy_api.api.libsql.libsql_deploy",
        "POST",
        "/libsql.deploy",
        "json",
    ),
    "libsql.move": OperationInfo(
        "dokploy_api.api.libsql.libsql_move",
        "POST",
        "/libsql.move",
        "json",
    ),
    "libsql.one": OperationInfo(
        "dokploy_api.api.libsql.libsql_one",
        "GET",
        "/libsql.one",
        "",
    ),
    "libsql.readLogs": OperationInfo(
        "dokploy_api.api.libsql.libsql_read_logs",
        "GET",
        "/libsql.readLogs",
        "",
    ),
    "libsql.rebuild": OperationInfo(
        "dokploy_api.api.libsql.libsql_rebuild",
        "POST",
        "/libsql.rebuild",
        "json",
    ),
    "libsql.reload": OperationInfo(
        "dokploy_api.api.libsql.libsql_reload",
        "POST",
        "/libsql.reload",
        "json",
    ),
    "libsql.remove": OperationInfo(
        "dokploy_api.api.libsql.libsql_remove",
        "POST",
        "/libsql.remove",
        "json",
    ),
    "libsql.saveEnvironment": OperationInfo(
        "dokploy_api.api.libsql.libsql_save_environment",
        "POST",
        "/libsql.saveEnvironment",
        "json",
    ),
    "libsql.saveExternalPorts": OperationInfo(
        "dokploy_api.api.libsql.libsql_save_external_ports",
        "POST",
        "/libsql.saveExternalPorts",
        "json",
    ),
    "libsql.start": OperationInfo(
        "dokploy_api.api.libsql.libsql_start",
        "POST",
        "/libsql.start",
        "json",
    ),
    "libsql.stop": OperationInfo(
        "dokploy_api.api.libsql.libsql_stop",
        "POST",
        "/libsql.stop",
        "json",
    ),
    "libsql.update": OperationInfo(
        "dokploy_api.api.libsql.libsql_update",
        "POST",
        "/libsql.update",
        "json",
    ),
    "licenseKey.activate": OperationInfo(
        "dokploy_api.api.license_key.license_key_activate",
        "POST",
        "/licenseKey.activate",
        "json",
    ),
    "licenseKey.deactivate": OperationInfo(
        "dokploy_api.api.license_key.license_key_deactivate",
        "POST",
        "/licenseKey.deactivate",
        "",
    ),
    "licenseKey.getEnterpriseSettings": OperationInfo(
        "dokploy_api.api.license_key.license_key_get_enterprise_settings",
        "GET",
        "/licenseKey.getEnterpriseSettings",
        "",
    ),
    "licenseKey.haveValidLicenseKey": OperationInfo(
        "dokploy_api.api.license_key.license_key_have_valid_license_key",
        "GET",
        "/licenseKey.haveValidLicenseKey",
        "",
    ),
    "licenseKey.updateEnterpriseSettings": OperationInfo(
        "dokploy_api.api.license_key.license_key_update_enterprise_settings",
        "POST",
        "/licenseKey.updateEnterpriseSettings",
        "json",
    ),
    "licenseKey.validate": OperationInfo(
        "dokploy_api.api.license_key.license_key_validate",
        "POST",
        "/licenseKey.validate",
        "",
    ),
    "mariadb.changePassword": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_change_password",
        "POST",
        "/mariadb.changePassword",
        "json",
    ),
    "mariadb.changeStatus": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_change_status",
        "POST",
        "/mariadb.changeStatus",
        "json",
    ),
    "mariadb.create": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_create",
        "POST",
        "/mariadb.create",
        "json",
    ),
    "mariadb.deploy": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_deploy",
        "POST",
        "/mariadb.deploy",
        "json",
    ),
    "mariadb.move": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_move",
        "POST",
        "/mariadb.move",
        "json",
    ),
    "mariadb.one": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_one",
        "GET",
        "/mariadb.one",
        "",
    ),
    "mariadb.readLogs": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_read_logs",
        "GET",
        "/mariadb.readLogs",
        "",
    ),
    "mariadb.rebuild": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_rebuild",
        "POST",
        "/mariadb.rebuild",
        "json",
    ),
    "mariadb.reload": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_reload",
        "POST",
        "/mariadb.reload",
        "json",
    ),
    "mariadb.remove": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_remove",
        "POST",
        "/mariadb.remove",
        "json",
    ),
    "mariadb.saveEnvironment": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_save_environment",
        "POST",
        "/mariadb.saveEnvironment",
        "json",
    ),
    "mariadb.saveExternalPort": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_save_external_port",
        "POST",
        "/mariadb.saveExternalPort",
        "json",
    ),
    "mariadb.search": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_search",
        "GET",
        "/mariadb.search",
        "",
    ),
    "mariadb.start": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_start",
        "POST",
        "/mariadb.start",
        "json",
    ),
    "mariadb.stop": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_stop",
        "POST",
        "/mariadb.stop",
        "json",
    ),
    "mariadb.update": OperationInfo(
        "dokploy_api.api.mariadb.mariadb_update",
        "POST",
        "/mariadb.update",
        "json",
    ),
    "mongo.changePassword": OperationInfo(
        "dokploy_api.api.mongo.mongo_change_password",
        "POST",
        "/mongo.changePassword",
        "json",
    ),
    "mongo.changeStatus": OperationInfo(
        "dokploy_api.api.mongo.mongo_change_status",
        "POST",
        "/mongo.changeStatus",
        "json",
    ),
    "mongo.create": OperationInfo(
        "dokploy_api.api.mongo.mongo_create",
        "POST",
        "/mongo.create",
        "json",
    ),
    "mongo.deploy": OperationInfo(
        "dokploy_api.api.mongo.mongo_deploy",
        "POST",
        "/mongo.deploy",
        "json",
    ),
    "mongo.move": OperationInfo(
        "dokploy_api.api.mongo.mongo_move",
        "POST",
        "/mongo.move",
        "json",
    ),
    "mongo.one": OperationInfo(
        "dokploy_api.api.mongo.mongo_one",
        "GET",
        "/mongo.one",
        "",
    ),
    "mongo.readLogs": OperationInfo(
        "dokploy_api.api.mongo.mongo_read_logs",
        "GET",
        "/mongo.readLogs",
        "",
    ),
    "mongo.rebuild": OperationInfo(
        "dokploy_api.api.mongo.mongo_rebuild",
        "POST",
        "/mongo.rebuild",
        "json",
    ),
    "mongo.reload": OperationInfo(
        "dokploy_api.api.mongo.mongo_reload",
        "POST",
        "/mongo.reload",
        "json",
    ),
    "mongo.remove": OperationInfo(
        "dokploy_api.api.mongo.mongo_remove",
        "POST",
        "/mongo.remove",
        "json",
    ),
    "mongo.saveEnvironment": OperationInfo(
        "dokploy_api.api.mongo.mongo_save_environment",
        "POST",
        "/mongo.saveEnvironment",
        "json",
    ),
    "mongo.saveExternalPort": OperationInfo(
        "dokploy_api.api.mongo.mongo_save_external_port",
        "POST",
        "/mongo.saveExternalPort",
        "json",
    ),
    "mongo.search": OperationInfo(
        "dokploy_api.api.mongo.mongo_search",
        "GET",
        "/mongo.search",
        "",
    ),
    "mongo.start": OperationInfo(
        "dokploy_api.api.mongo.mongo_start",
        "POST",
        "/mongo.start",
        "json",
    ),
    "mongo.stop": OperationInfo(
        "dokploy_api.api.mongo.mongo_stop",
        "POST",
        "/mongo.stop",
        "json",
    ),
    "mongo.update": OperationInfo(
        "dokploy_api.api.mongo.mongo_update",
        "POST",
        "/mongo.update",
        "json",
    ),
    "mounts.allNamedByApplicationId": OperationInfo(
        "dokploy_api.api.mounts.mounts_all_named_by_application_id",
        "GET",
        "/mounts.allNamedByApplicationId",
        "",
    ),
    "mounts.create": OperationInfo(
        "dokploy_api.api.mounts.mounts_create",
        "POST",
        "/mounts.create",
        "json",
    ),
    "mounts.listByServiceId": OperationInfo(
        "dokploy_api.api.mounts.mounts_list_by_service_id",
        "GET",
        "/mounts.listByServiceId",
        "",
    ),
    "mounts.one": OperationInfo(
        "dokploy_api.api.mounts.mounts_one",
        "GET",
        "/mounts.one",
        "",
    ),
    "mounts.remove": OperationInfo(
        "dokploy_api.api.mounts.mounts_remove",
        "POST",
        "/mounts.remove",
        "json",
    ),
    "mounts.update": OperationInfo(
        "dokploy_api.api.mounts.mounts_update",
        "POST",
        "/mounts.update",
        "json",
    ),
    "mysql.changePassword": OperationInfo(
        "dokploy_api.api.mysql.mysql_change_password",
        "POST",
        "/mysql.changePassword",
        "json",
    ),
    "mysql.changeStatus": OperationInfo(
        "dokploy_api.api.mysql.mysql_change_status",
        "POST",
        "/mysql.changeStatus",
        "json",
    ),
    "mysql.create": OperationInfo(
        "dokploy_api.api.mysql.mysql_create",
        "POST",
        "/mysql.create",
        "json",
    ),
    "mysql.deploy": OperationInfo(
        "dokploy_api.api.mysql.mysql_deploy",
        "POST",
        "/mysql.deploy",
        "json",
    ),
    "mysql.move": OperationInfo(
        "dokploy_api.api.mysql.mysql_move",
        "POST",
        "/mysql.move",
        "json",
    ),
    "mysql.one": OperationInfo(
        "dokploy_api.api.mysql.mysql_one",
        "GET",
        "/mysql.one",
        "",
    ),
    "mysql.readLogs": OperationInfo(
        "dokploy_api.api.mysql.mysql_read_logs",
        "GET",
        "/mysql.readLogs",
        "",
    ),
    "mysql.rebuild": OperationInfo(
        "dokploy_api.api.mysql.mysql_rebuild",
        "POST",
        "/mysql.rebuild",
        "json",
    ),
    "mysql.reload": OperationInfo(
        "dokploy_api.api.mysql.mysql_reload",
        "POST",
        "/mysql.reload",
        "json",
    ),
    "mysql.remove": OperationInfo(
        "dokploy_api.api.mysql.mysql_remove",
        "POST",
        "/mysql.remove",
        "json",
    ),
    "mysql.saveEnvironment": OperationInfo(
        "dokploy_api.api.mysql.mysql_save_environment",
        "POST",
        "/mysql.saveEnvironment",
        "json",
    ),
    "mysql.saveExternalPort": OperationInfo(
        "dokploy_api.api.mysql.mysql_save_external_port",
        "POST",
        "/mysql.saveExternalPort",
        "json",
    ),
    "mysql.search": OperationInfo(
        "dokploy_api.api.mysql.mysql_search",
        "GET",
        "/mysql.search",
        "",
    ),
    "mysql.start": OperationInfo(
        "dokploy_api.api.mysql.mysql_start",
        "POST",
        "/mysql.start",
        "json",
    ),
    "mysql.stop": OperationInfo(
        "dokploy_api.api.mysql.mysql_stop",
        "POST",
        "/mysql.stop",
        "json",
    ),
    "mysql.update": OperationInfo(
        "dokploy_api.api.mysql.mysql_update",
        "POST",
        "/mysql.update",
        "json",
    ),
    "network.all": OperationInfo(
        "dokploy_api.api.network.network_all",
        "GET",
        "/network.all",
        "",
    ),
    "network.create": OperationInfo(
        "dokploy_api.api.network.network_create",
        "POST",
        "/network.create",
        "json",
    ),
    "network.import": OperationInfo(
        "dokploy_api.api.network.network_import",
        "POST",
        "/network.import",
        "json",
    ),
    "network.inspect": OperationInfo(
        "dokploy_api.api.network.network_inspect",
        "GET",
        "/network.inspect",
        "",
    ),
    "network.networksToSync": OperationInfo(
        "dokploy_api.api.network.network_networks_to_sync",
        "GET",
        "/network.networksToSync",
        "",
    ),
    "network.one": OperationInfo(
        "dokploy_api.api.network.network_one",
        "GET",
        "/network.one",
        "",
    ),
    "network.recreate": OperationInfo(
        "dokploy_api.api.network.network_recreate",
        "POST",
        "/network.recreate",
        "json",
    ),
    "network.remove": OperationInfo(
        "dokploy_api.api.network.network_remove",
        "POST",
        "/network.remove",
        "json",
    ),
    "notification.all": OperationInfo(
        "dokploy_api.api.notification.notification_all",
        "GET",
        "/notification.all",
        "",
    ),
    "notification.createCustom": OperationInfo(
        "dokploy_api.api.notification.notification_create_custom",
        "POST",
        "/notification.createCustom",
        "json",
    ),
    "notification.createDiscord": OperationInfo(
        "dokploy_api.api.notification.notification_create_discord",
        "POST",
        "/notification.createDiscord",
        "json",
    ),
    "notification.createEmail": OperationInfo(
        "dokploy_api.api.notification.notification_create_email",
        "POST",
        "/notification.createEmail",
        "json",
    ),
    "notification.createGotify": OperationInfo(
        "dokploy_api.api.notification.notification_create_gotify",
        "POST",
        "/notification.createGotify",
        "json",
    ),
    "notification.createLark": OperationInfo(
        "dokploy_api.api.notification.notification_create_lark",
        "POST",
        "/notification.createLark",
        "json",
    ),
    "notification.createMattermost": OperationInfo(
        "dokploy_api.api.notification.notification_create_mattermost",
        "POST",
        "/notification.createMattermost",
        "json",
    ),
    "notification.createNtfy": OperationInfo(
        "dokploy_api.api.notification.notification_create_ntfy",
        "POST",
        "/notification.createNtfy",
        "json",
    ),
    "notification.createPushover": OperationInfo(
        "dokploy_api.api.notification.notification_create_pushover",
        "POST",
        "/notification.createPushover",
        "json",
    ),
    "notification.createResend": OperationInfo(
        "dokploy_api.api.notification.notification_create_resend",
        "POST",
        "/notification.createResend",
        "json",
    ),
    "notification.createSlack": OperationInfo(
        "dokploy_api.api.notification.notification_create_slack",
        "POST",
        "/notification.createSlack",
        "json",
    ),
    "notification.createTeams": OperationInfo(
        "dokploy_api.api.notification.notification_create_teams",
        "POST",
        "/notification.createTeams",
        "json",
    ),
    "notification.createTelegram": OperationInfo(
        "dokploy_api.api.notification.notification_create_telegram",
        "POST",
        "/notification.createTelegram",
        "json",
    ),
    "notification.getEmailProviders": OperationInfo(
        "dokploy_api.api.notification.notification_get_email_providers",
        "GET",
        "/notification.getEmailProviders",
        "",
    ),
    "notification.one": OperationInfo(
        "dokploy_api.api.notification.notification_one",
        "GET",
        "/notification.one",
        "",
    ),
    "notification.receiveNotification": OperationInfo(
        "dokploy_api.api.notification.notification_receive_notification",
        "POST",
        "/notification.receiveNotification",
        "json",
    ),
    "notification.remove": OperationInfo(
        "dokploy_api.api.notification.notification_remove",
        "POST",
        "/notification.remove",
        "json",
    ),
    "notification.testCustomConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_custom_connection",
        "POST",
        "/notification.testCustomConnection",
        "json",
    ),
    "notification.testDiscordConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_discord_connection",
        "POST",
        "/notification.testDiscordConnection",
        "json",
    ),
    "notification.testEmailConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_email_connection",
        "POST",
        "/notification.testEmailConnection",
        "json",
    ),
    "notification.testGotifyConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_gotify_connection",
        "POST",
        "/notification.testGotifyConnection",
        "json",
    ),
    "notification.testLarkConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_lark_connection",
        "POST",
        "/notification.testLarkConnection",
        "json",
    ),
    "notification.testMattermostConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_mattermost_connection",
        "POST",
        "/notification.testMattermostConnection",
        "json",
    ),
    "notification.testNtfyConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_ntfy_connection",
        "POST",
        "/notification.testNtfyConnection",
        "json",
    ),
    "notification.testPushoverConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_pushover_connection",
        "POST",
        "/notification.testPushoverConnection",
        "json",
    ),
    "notification.testResendConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_resend_connection",
        "POST",
        "/notification.testResendConnection",
        "json",
    ),
    "notification.testSlackConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_slack_connection",
        "POST",
        "/notification.testSlackConnection",
        "json",
    ),
    "notification.testTeamsConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_teams_connection",
        "POST",
        "/notification.testTeamsConnection",
        "json",
    ),
    "notification.testTelegramConnection": OperationInfo(
        "dokploy_api.api.notification.notification_test_telegram_connection",
        "POST",
        "/notification.testTelegramConnection",
        "json",
    ),
    "notification.updateCustom": OperationInfo(
        "dokploy_api.api.notification.notification_update_custom",
        "POST",
        "/notification.updateCustom",
        "json",
    ),
    "notification.updateDiscord": OperationInfo(
        "dokploy_api.api.notification.notification_update_discord",
        "POST",
        "/notification.updateDiscord",
        "json",
    ),
    "notification.updateEmail": OperationInfo(
        "dokploy_api.api.notification.notification_update_email",
        "POST",
        "/notification.updateEmail",
        "json",
    ),
    "notification.updateGotify": OperationInfo(
        "dokploy_api.api.notification.notification_update_gotify",
        "POST",
        "/notification.updateGotify",
        "json",
    ),
    "notification.updateLark": OperationInfo(
        "dokploy_api.api.notification.notification_update_lark",
        "POST",
        "/notification.updateLark",
        "json",
    ),
    "notification.updateMattermost": OperationInfo(
        "dokploy_api.api.notification.notification_update_mattermost",
        "POST",
        "/notification.updateMattermost",
        "json",
    ),
    "notification.updateNtfy": OperationInfo(
        "dokploy_api.api.notification.notification_update_ntfy",
        "POST",
        "/notification.updateNtfy",
        "json",
    ),
    "notification.updatePushover": OperationInfo(
        "dokploy_api.api.notification.notification_update_pushover",
        "POST",
        "/notification.updatePushover",
        "json",
    ),
    "notification.updateResend": OperationInfo(
        "dokploy_api.api.notification.notification_update_resend",
        "POST",
        "/notification.updateResend",
        "json",
    ),
    "notification.updateSlack": OperationInfo(
        "dokploy_api.api.notification.notification_update_slack",
        "POST",
        "/notification.updateSlack",
        "json",
    ),
    "notification.updateTeams": OperationInfo(
        "dokploy_api.api.notification.notification_update_teams",
        "POST",
        "/notification.updateTeams",
        "json",
    ),
    "notification.updateTelegram": OperationInfo(
        "dokploy_api.api.notification.notification_update_telegram",
        "POST",
        "/notification.updateTelegram",
        "json",
    ),
    "organization.active": OperationInfo(
        "dokploy_api.api.organization.organization_active",
        "GET",
        "/organization.active",
        "",
    ),
    "organization.all": OperationInfo(
        "dokploy_api.api.organization.organization_all",
        "GET",
        "/organization.all",
        "",
    ),
    "organization.allInvitations": OperationInfo(
        "dokploy_api.api.organization.organization_all_invitations",
        "GET",
        "/organization.allInvitations",
        "",
    ),
    "organization.create": OperationInfo(
        "dokploy_api.api.organization.organization_create",
        "POST",
        "/organization.create",
        "json",
    ),
    "organization.delete": OperationInfo(
        "dokploy_api.api.organization.organization_delete",
        "POST",
        "/organization.delete",
        "json",
    ),
    "organization.inviteMember": OperationInfo(
        "dokploy_api.api.organization.organization_invite_member",
        "POST",
        "/organization.inviteMember",
        "json",
    ),
    "organization.one": OperationInfo(
        "dokploy_api.api.organization.organization_one",
        "GET",
        "/organization.one",
        "",
    ),
    "organization.removeInvitation": OperationInfo(
        "dokploy_api.api.organization.organization_remove_invitation",
        "POST",
        "/organization.removeInvitation",
        "json",
    ),
    "organization.setDefault": OperationInfo(
        "dokploy_api.api.organization.organization_set_default",
        "POST",
        "/organization.setDefault",
        "json",
    ),
    "organization.update": OperationInfo(
        "dokploy_api.api.organization.organization_update",
        "POST",
        "/organization.update",
        "json",
    ),
    "organization.updateMemberRole": OperationInfo(
        "dokploy_api.api.organization.organization_update_member_role",
        "POST",
        "/organization.updateMemberRole",
        "json",
    ),
    "overview.backups": OperationInfo(
        "dokploy_api.api.overview.overview_backups",
        "GET",
        "/overview.backups",
        "",
    ),
    "overview.domains": OperationInfo(
        "dokploy_api.api.overview.overview_domains",
        "GET",
        "/overview.domains",
        "",
    ),
    "overview.services": OperationInfo(
        "dokploy_api.api.overview.overview_services",
        "GET",
        "/overview.services",
        "",
    ),
    "patch.byEntityId": OperationInfo(
        "dokploy_api.api.patch.patch_by_entity_id",
        "GET",
        "/patch.byEntityId",
        "",
    ),
    "patch.cleanPatchRepos": OperationInfo(
        "dokploy_api.api.patch.patch_clean_patch_repos",
        "POST",
        "/patch.cleanPatchRepos",
        "json",
    ),
    "patch.create": OperationInfo(
        "dokploy_api.api.patch.patch_create",
        "POST",
        "/patch.create",
        "json",
    ),
    "patch.delete": OperationInfo(
        "dokploy_api.api.patch.patch_delete",
        "POST",
        "/patch.delete",
        "json",
    ),
    "patch.ensureRepo": OperationInfo(
        "dokploy_api.api.patch.patch_ensure_repo",
        "POST",
        "/patch.ensureRepo",
        "json",
    ),
    "patch.markFileForDeletion": OperationInfo(
        "dokploy_api.api.patch.patch_mark_file_for_deletion",
        "POST",
        "/patch.markFileForDeletion",
        "json",
    ),
    "patch.one": OperationInfo(
        "dokploy_api.api.patch.patch_one",
        "GET",
        "/patch.one",
        "",
    ),
    "patch.readRepoDirectories": OperationInfo(
        "dokploy_api.api.patch.patch_read_repo_directories",
        "GET",
        "/patch.readRepoDirectories",
        "",
    ),
    "patch.readRepoFile": OperationInfo(
        "dokploy_api.api.patch.patch_read_repo_file",
        "GET",
        "/patch.readRepoFile",
        "",
    ),
    "patch.saveFileAsPatch": OperationInfo(
        "dokploy_api.api.patch.patch_save_file_as_patch",
        "POST",
        "/patch.saveFileAsPatch",
        "json",
    ),
    "patch.toggleEnabled": OperationInfo(
        "dokploy_api.api.patch.patch_toggle_enabled",
        "POST",
        "/patch.toggleEnabled",
        "json",
    ),
    "patch.update": OperationInfo(
        "dokploy_api.api.patch.patch_update",
        "POST",
        "/patch.update",
        "json",
    ),
    "port.create": OperationInfo(
        "dokploy_api.api.port.port_create",
        "POST",
        "/port.create",
        "json",
    ),
    "port.delete": OperationInfo(
        "dokploy_api.api.port.port_delete",
        "POST",
        "/port.delete",
        "json",
    ),
    "port.one": OperationInfo(
        "dokploy_api.api.port.port_one",
        "GET",
        "/port.one",
        "",
    ),
    "port.update": OperationInfo(
        "dokploy_api.api.port.port_update",
        "POST",
        "/port.update",
        "json",
    ),
    "postgres.changePassword": OperationInfo(
        "dokploy_api.api.postgres.postgres_change_password",
        "POST",
        "/postgres.changePassword",
        "json",
    ),
    "postgres.changeStatus": OperationInfo(
        "dokploy_api.api.postgres.postgres_change_status",
        "POST",
        "/postgres.changeStatus",
        "json",
    ),
    "postgres.create": OperationInfo(
        "dokploy_api.api.postgres.postgres_create",
        "POST",
        "/postgres.create",
        "json",
    ),
    "postgres.deploy": OperationInfo(
        "dokploy_api.api.postgres.postgres_deploy",
        "POST",
        "/postgres.deploy",
        "json",
    ),
    "postgres.move": OperationInfo(
        "dokploy_api.api.postgres.postgres_move",
        "POST",
        "/postgres.move",
        "json",
    ),
    "postgres.one": OperationInfo(
        "dokploy_api.api.postgres.postgres_one",
        "GET",
        "/postgres.one",
        "",
    ),
    "postgres.readLogs": OperationInfo(
        "dokploy_api.api.postgres.postgres_read_logs",
        "GET",
        "/postgres.readLogs",
        "",
    ),
    "postgres.rebuild": OperationInfo(
        "dokploy_api.api.postgres.postgres_rebuild",
        "POST",
        "/postgres.rebuild",
        "json",
    ),
    "postgres.reload": OperationInfo(
        "dokploy_api.api.postgres.postgres_reload",
        "POST",
        "/postgres.reload",
        "json",
    ),
    "postgres.remove": OperationInfo(
        "dokploy_api.api.postgres.postgres_remove",
        "POST",
        "/postgres.remove",
        "json",
    ),
    "postgres.saveEnvironment": OperationInfo(
        "dokploy_api.api.postgres.postgres_save_environment",
        "POST",
        "/postgres.saveEnvironment",
        "json",
    ),
    "postgres.saveExternalPort": OperationInfo(
        "dokploy_api.api.postgres.postgres_save_external_port",
        "POST",
        "/postgres.saveExternalPort",
        "json",
    ),
    "postgres.search": OperationInfo(
        "dokploy_api.api.postgres.postgres_search",
        "GET",
        "/postgres.search",
        "",
    ),
    "postgres.start": OperationInfo(
        "dokploy_api.api.postgres.postgres_start",
        "POST",
        "/postgres.start",
        "json",
    ),
    "postgres.stop": OperationInfo(
        "dokploy_api.api.postgres.postgres_stop",
        "POST",
        "/postgres.stop",
        "json",
    ),
    "postgres.update": OperationInfo(
        "dokploy_api.api.postgres.postgres_update",
        "POST",
        "/postgres.update",
        "json",
    ),
    "previewDeployment.all": OperationInfo(
        "dokploy_api.api.preview_deployment.preview_deployment_all",
        "GET",
        "/previewDeployment.all",
        "",
    ),
    "previewDeployment.delete": OperationInfo(
        "dokploy_api.api.preview_deployment.preview_deployment_delete",
        "POST",
        "/previewDeployment.delete",
        "json",
    ),
    "previewDeployment.one": OperationInfo(
        "dokploy_api.api.preview_deployment.preview_deployment_one",
        "GET",
        "/previewDeployment.one",
        "",
    ),
    "previewDeployment.redeploy": OperationInfo(
        "dokploy_api.api.preview_deployment.preview_deployment_redeploy",
        "POST",
        "/previewDeployment.redeploy",
        "json",
    ),
    "project.all": OperationInfo(
        "dokploy_api.api.project.project_all",
        "GET",
        "/project.all",
        "",
    ),
    "project.allForPermissions": OperationInfo(
        "dokploy_api.api.project.project_all_for_permissions",
        "GET",
        "/project.allForPermissions",
        "",
    ),
    "project.create": OperationInfo(
        "dokploy_api.api.project.project_create",
        "POST",
        "/project.create",
        "json",
    ),
    "project.duplicate": OperationInfo(
        "dokploy_api.api.project.project_duplicate",
        "POST",
        "/project.duplicate",
        "json",
    ),
    "project.homeStats": OperationInfo(
        "dokploy_api.api.project.project_home_stats",
        "GET",
        "/project.homeStats",
        "",
    ),
    "project.one": OperationInfo(
        "dokploy_api.api.project.project_one",
        "GET",
        "/project.one",
        "",
    ),
    "project.remove": OperationInfo(
        "dokploy_api.api.project.project_remove",
        "POST",
        "/project.remove",
        "json",
    ),
    "project.search": OperationInfo(
        "dokploy_api.api.project.project_search",
        "GET",
        "/project.search",
        "",
    ),
    "project.update": OperationInfo(
        "dokploy_api.api.project.project_update",
        "POST",
        "/project.update",
        "json",
    ),
    "redirects.create": OperationInfo(
        "dokploy_api.api.redirects.redirects_create",
        "POST",
        "/redirects.create",
        "json",
    ),
    "redirects.delete": OperationInfo(
        "dokploy_api.api.redirects.redirects_delete",
        "POST",
        "/redirects.delete",
        "json",
    ),
    "redirects.one": OperationInfo(
        "dokploy_api.api.redirects.redirects_one",
        "GET",
        "/redirects.one",
        "",
    ),
    "redirects.update": OperationInfo(
        "dokploy_api.api.redirects.redirects_update",
        "POST",
        "/redirects.update",
        "json",
    ),
    "redis.changePassword": OperationInfo(
        "dokploy_api.api.redis.redis_change_password",
        "POST",
        "/redis.changePassword",
        "json",
    ),
    "redis.changeStatus": OperationInfo(
        "dokploy_api.api.redis.redis_change_status",
        "POST",
        "/redis.changeStatus",
        "json",
    ),
    "redis.create": OperationInfo(
        "dokploy_api.api.redis.redis_create",
        "POST",
        "/redis.create",
        "json",
    ),
    "redis.deploy": OperationInfo(
        "dokploy_api.api.redis.redis_deploy",
        "POST",
        "/redis.deploy",
        "json",
    ),
    "redis.move": OperationInfo(
        "dokploy_api.api.redis.redis_move",
        "POST",
        "/redis.move",
        "json",
    ),
    "redis.one": OperationInfo(
        "dokploy_api.api.redis.redis_one",
        "GET",
        "/redis.one",
        "",
    ),
    "redis.readLogs": OperationInfo(
        "dokploy_api.api.redis.redis_read_logs",
        "GET",
        "/redis.readLogs",
        "",
    ),
    "redis.rebuild": OperationInfo(
        "dokploy_api.api.redis.redis_rebuild",
        "POST",
        "/redis.rebuild",
        "json",
    ),
    "redis.reload": OperationInfo(
        "dokploy_api.api.redis.redis_reload",
        "POST",
        "/redis.reload",
        "json",
    ),
    "redis.remove": OperationInfo(
        "dokploy_api.api.redis.redis_remove",
        "POST",
        "/redis.remove",
        "json",
    ),
    "redis.saveEnvironment": OperationInfo(
        "dokploy_api.api.redis.redis_save_environment",
        "POST",
        "/redis.saveEnvironment",
        "json",
    ),
    "redis.saveExternalPort": OperationInfo(
        "dokploy_api.api.redis.redis_save_external_port",
        "POST",
        "/redis.saveExternalPort",
        "json",
    ),
    "redis.search": OperationInfo(
        "dokploy_api.api.redis.redis_search",
        "GET",
        "/redis.search",
        "",
    ),
    "redis.start": OperationInfo(
        "dokploy_api.api.redis.redis_start",
        "POST",
        "/redis.start",
        "json",
    ),
    "redis.stop": OperationInfo(
        "dokploy_api.api.redis.redis_stop",
        "POST",
        "/redis.stop",
        "json",
    ),
    "redis.update": OperationInfo(
        "dokploy_api.api.redis.redis_update",
        "POST",
        "/redis.update",
        "json",
    ),
    "registry.all": OperationInfo(
        "dokploy_api.api.registry.registry_all",
        "GET",
        "/registry.all",
        "",
    ),
    "registry.create": OperationInfo(
        "dokploy_api.api.registry.registry_create",
        "POST",
        "/registry.create",
        "json",
    ),
    "registry.one": OperationInfo(
        "dokploy_api.api.registry.registry_one",
        "GET",
        "/registry.one",
        "",
    ),
    "registry.remove": OperationInfo(
        "dokploy_api.api.registry.registry_remove",
        "POST",
        "/registry.remove",
        "json",
    ),
    "registry.testRegistry": OperationInfo(
        "dokploy_api.api.registry.registry_test_registry",
        "POST",
        "/registry.testRegistry",
        "json",
    ),
    "registry.testRegistryById": OperationInfo(
        "dokploy_api.api.registry.registry_test_registry_by_id",
        "POST",
        "/registry.testRegistryById",
        "json",
    ),
    "registry.update": OperationInfo(
        "dokploy_api.api.registry.registry_update",
        "POST",
        "/registry.update",
        "json",
    ),
    "rollback.delete": OperationInfo(
        "dokploy_api.api.rollback.rollback_delete",
        "POST",
        "/rollback.delete",
        "json",
    ),
    "rollback.rollback": OperationInfo(
        "dokploy_api.api.rollback.rollback_rollback",
        "POST",
        "/rollback.rollback",
        "json",
    ),
    "schedule.create": OperationInfo(
        "dokploy_api.api.schedule.schedule_create",
        "POST",
        "/schedule.create",
        "json",
    ),
    "schedule.delete": OperationInfo(
        "dokploy_api.api.schedule.schedule_delete",
        "POST",
        "/schedule.delete",
        "json",
    ),
    "schedule.list": OperationInfo(
        "dokploy_api.api.schedule.schedule_list",
        "GET",
        "/schedule.list",
        "",
    ),
    "schedule.one": OperationInfo(
        "dokploy_api.api.schedule.schedule_one",
        "GET",
        "/schedule.one",
        "",
    ),
    "schedule.runManually": OperationInfo(
        "dokploy_api.api.schedule.schedule_run_manually",
        "POST",
        "/schedule.runManually",
        "json",
    ),
    "schedule.update": OperationInfo(
        "dokploy_api.api.schedule.schedule_update",
        "POST",
        "/schedule.update",
        "json",
    ),
    "scim.deleteProvider": OperationInfo(
        "dokploy_api.api.scim.scim_delete_provider",
        "POST",
        "/scim.deleteProvider",
        "json",
    ),
    "scim.generateToken": OperationInfo(
        "dokploy_api.api.scim.scim_generate_token",
        "POST",
        "/scim.generateToken",
        "json",
    ),
    "scim.listProviders": OperationInfo(
        "dokploy_api.api.scim.scim_list_providers",
        "GET",
        "/scim.listProviders",
        "",
    ),
    "security.create": OperationInfo(
        "dokploy_api.api.security.security_create",
        "POST",
        "/security.create",
        "json",
    ),
    "security.delete": OperationInfo(
        "dokploy_api.api.security.security_delete",
        "POST",
        "/security.delete",
        "json",
    ),
    "security.one": OperationInfo(
        "dokploy_api.api.security.security_one",
        "GET",
        "/security.one",
        "",
    ),
    "security.update": OperationInfo(
        "dokploy_api.api.security.security_update",
        "POST",
        "/security.update",
        "json",
    ),
    "server.all": OperationInfo(
        "dokploy_api.api.server.server_all",
        "GET",
        "/server.all",
        "",
    ),
    "server.allForPermissions": OperationInfo(
        "dokploy_api.api.server.server_all_for_permissions",
        "GET",
        "/server.allForPermissions",
        "",
    ),
    "server.buildServers": OperationInfo(
        "dokploy_api.api.server.server_build_servers",
        "GET",
        "/server.buildServers",
        "",
    ),
    "server.count": OperationInfo(
        "dokploy_api.api.server.server_count",
        "GET",
        "/server.count",
        "",
    ),
    "server.create": OperationInfo(
        "dokploy_api.api.server.server_create",
        "POST",
        "/server.create",
        "json",
    ),
    "server.getDefaultCommand": OperationInfo(
        "dokploy_api.api.server.server_get_default_command",
        "GET",
        "/server.getDefaultCommand",
        "",
    ),
    "server.getServerMetrics": OperationInfo(
        "dokploy_api.api.server.server_get_server_metrics",
        "GET",
        "/server.getServerMetrics",
        "",
    ),
    "server.getServerTime": OperationInfo(
        "dokploy_api.api.server.server_get_server_time",
        "GET",
        "/server.getServerTime",
        "",
    ),
    "server.one": OperationInfo(
        "dokploy_api.api.server.server_one",
        "GET",
        "/server.one",
        "",
    ),
    "server.publicIp": OperationInfo(
        "dokploy_api.api.server.server_public_ip",
        "GET",
        "/server.publicIp",
        "",
    ),
    "server.remove": OperationInfo(
        "dokploy_api.api.server.server_remove",
        "POST",
        "/server.remove",
        "json",
    ),
    "server.security": OperationInfo(
        "dokploy_api.api.server.server_security",
        "GET",
        "/server.security",
        "",
    ),
    "server.setup": OperationInfo(
        "dokploy_api.api.server.server_setup",
        "POST",
        "/server.setup",
        "json",
    ),
    "server.setupMonitoring": OperationInfo(
        "dokploy_api.api.server.server_setup_monitoring",
        "POST",
        "/server.setupMonitoring",
        "json",
    ),
    "server.update": OperationInfo(
        "dokploy_api.api.server.server_update",
        "POST",
        "/server.update",
        "json",
    ),
    "server.updateBuildsConcurrency": OperationInfo(
        "dokploy_api.api.server.server_update_builds_concurrency",
        "POST",
        "/server.updateBuildsConcurrency",
        "json",
    ),
    "server.validate": OperationInfo(
        "dokploy_api.api.server.server_validate",
        "GET",
        "/server.validate",
        "",
    ),
    "server.withSSHKey": OperationInfo(
        "dokploy_api.api.server.server_with_ssh_key",
        "GET",
        "/server.withSSHKey",
        "",
    ),
    "settings.assignDomainServer": OperationInfo(
        "dokploy_api.api.settings.settings_assign_domain_server",
        "POST",
        "/settings.assignDomainServer",
        "json",
    ),
    "settings.checkGPUStatus": OperationInfo(
        "dokploy_api.api.settings.settings_check_gpu_status",
        "GET",
        "/settings.checkGPUStatus",
        "",
    ),
    "settings.checkInfrastructureHealth": OperationInfo(
        "dokploy_api.api.settings.settings_check_infrastructure_health",
        "GET",
        "/settings.checkInfrastructureHealth",
        "",
    ),
    "settings.cleanAll": OperationInfo(
        "dokploy_api.api.settings.settings_clean_all",
        "POST",
        "/settings.cleanAll",
        "json",
    ),
    "settings.cleanAllDeploymentQueue": OperationInfo(
        "dokploy_api.api.settings.settings_clean_all_deployment_queue",
        "POST",
        "/settings.cleanAllDeploymentQueue",
        "",
    ),
    "settings.cleanDockerBuilder": OperationInfo(
        "dokploy_api.api.settings.settings_clean_docker_builder",
        "POST",
        "/settings.cleanDockerBuilder",
        "json",
    ),
    "settings.cleanDockerPrune": OperationInfo(
        "dokploy_api.api.settings.settings_clean_docker_prune",
        "POST",
        "/settings.cleanDockerPrune",
        "json",
    ),
    "settings.cleanMonitoring": OperationInfo(
        "dokploy_api.api.settings.settings_clean_monitoring",
        "POST",
        "/settings.cleanMonitoring",
        "",
    ),
    "settings.cleanSSHPrivateKey": OperationInfo(
        "dokploy_api.api.settings.settings_clean_ssh_private_key",
        "POST",
        "/settings.cleanSSHPrivateKey",
        "",
    ),
    "settings.cleanStoppedContainers": OperationInfo(
        "dokploy_api.api.settings.settings_clean_stopped_containers",
        "POST",
        "/settings.cleanStoppedContainers",
        "json",
    ),
    "settings.cleanUnusedImages": OperationInfo(
        "dokploy_api.api.settings.settings_clean_unused_images",
        "POST",
        "/settings.cleanUnusedImages",
        "json",
    ),
    "settings.cleanUnusedVolumes": OperationInfo(
        "dokploy_api.api.settings.settings_clean_unused_volumes",
        "POST",
        "/settings.cleanUnusedVolumes",
        "json",
    ),
    "settings.getDockerDiskUsage": OperationInfo(
        "dokploy_api.api.settings.settings_get_docker_disk_usage",
        "GET",
        "/settings.getDockerDiskUsage",
        "",
    ),
    "settings.getDokployCloudIps": OperationInfo(
        "dokploy_api.api.settings.settings_get_dokploy_cloud_ips",
        "GET",
        "/settings.getDokployCloudIps",
        "",
    ),
    "settings.getDokployVersion": OperationInfo(
        "dokploy_api.api.settings.settings_get_dokploy_version",
        "GET",
        "/settings.getDokployVersion",
        "",
    ),
    "settings.getIp": OperationInfo(
        "dokploy_api.api.settings.settings_get_ip",
        "GET",
        "/settings.getIp",
        "",
    ),
    "settings.getLogCleanupStatus": OperationInfo(
        "dokploy_api.api.settings.settings_get_log_cleanup_status",
        "GET",
        "/settings.getLogCleanupStatus",
        "",
    ),
    "settings.getOpenApiDocument": OperationInfo(
        "dokploy_api.api.settings.settings_get_open_api_document",
        "GET",
        "/settings.getOpenApiDocument",
        "",
    ),
    "settings.getReleaseTag": OperationInfo(
        "dokploy_api.api.settings.settings_get_release_tag",
        "GET",
        "/settings.getReleaseTag",
        "",
    ),
    "settings.getTraefikPorts": OperationInfo(
        "dokploy_api.api.settings.settings_get_traefik_ports",
        "GET",
        "/settings.getTraefikPorts",
        "",
    ),
    "settings.getUpdateData": OperationInfo(
        "dokploy_api.api.settings.settings_get_update_data",
        "POST",
        "/settings.getUpdateData",
        "",
    ),
    "settings.getWebServerSettings": OperationInfo(
        "dokploy_api.api.settings.settings_get_web_server_settings",
        "GET",
        "/settings.getWebServerSettings",
        "",
    ),
    "settings.haveActivateRequests": OperationInfo(
        "dokploy_api.api.settings.settings_have_activate_requests",
        "GET",
        "/settings.haveActivateRequests",
        "",
    ),
    "settings.haveTraefikDashboardPortEnabled": OperationInfo(
        "dokploy_api.api.settings.settings_have_traefik_dashboard_port_enabled",
        "GET",
        "/settings.haveTraefikDashboardPortEnabled",
        "",
    ),
    "settings.health": OperationInfo(
        "dokploy_api.api.settings.settings_health",
        "GET",
        "/settings.health",
        "",
    ),
    "settings.isCloud": OperationInfo(
        "dokploy_api.api.settings.settings_is_cloud",
        "GET",
        "/settings.isCloud",
        "",
    ),
    "settings.isUserSubscribed": OperationInfo(
        "dokploy_api.api.settings.settings_is_user_subscribed",
        "GET",
        "/settings.isUserSubscribed",
        "",
    ),
    "settings.readDirectories": OperationInfo(
        "dokploy_api.api.settings.settings_read_directories",
        "GET",
        "/settings.readDirectories",
        "",
    ),
    "settings.readMiddlewareTraefikConfig": OperationInfo(
        "dokploy_api.api.settings.settings_read_middleware_traefik_config",
        "GET",
        "/settings.readMiddlewareTraefikConfig",
        "",
    ),
    "settings.readTraefikConfig": OperationInfo(
        "dokploy_api.api.settings.settings_read_traefik_config",
        "GET",
        "/settings.readTraefikConfig",
        "",
    ),
    "settings.readTraefikEnv": OperationInfo(
        "dokploy_api.api.settings.settings_read_traefik_env",
        "GET",
        "/settings.readTraefikEnv",
        "",
    ),
    "settings.readTraefikFile": OperationInfo(
        "dokploy_api.api.settings.settings_read_traefik_file",
        "GET",
        "/settings.readTraefikFile",
        "",
    ),
    "settings.readWebServerTraefikConfig": OperationInfo(
        "dokploy_api.api.settings.settings_read_web_server_traefik_config",
        "GET",
        "/settings.readWebServerTraefikConfig",
        "",
    ),
    "settings.reloadServer": OperationInfo(
        "dokploy_api.api.settings.settings_reload_server",
        "POST",
        "/settings.reloadServer",
        "",
    ),
    "settings.reloadTraefik": OperationInfo(
        "dokploy_api.api.settings.settings_reload_traefik",
        "POST",
        "/settings.reloadTraefik",
        "json",
    ),
    "settings.saveSSHPrivateKey": OperationInfo(
        "dokploy_api.api.settings.settings_save_ssh_private_key",
        "POST",
        "/settings.saveSSHPrivateKey",
        "json",
    ),
    "settings.setupGPU": OperationInfo(
        "dokploy_api.api.settings.settings_setup_gpu",
        "POST",
        "/settings.setupGPU",
        "json",
    ),
    "settings.toggleDashboard": OperationInfo(
        "dokploy_api.api.settings.settings_toggle_dashboard",
        "POST",
        "/settings.toggleDashboard",
        "json",
    ),
    "settings.toggleRequests": OperationInfo(
        "dokploy_api.api.settings.settings_toggle_requests",
        "POST",
        "/settings.toggleRequests",
        "json",
    ),
    "settings.updateBuildsConcurrency": OperationInfo(
        "dokploy_api.api.settings.settings_update_builds_concurrency",
        "POST",
        "/settings.updateBuildsConcurrency",
        "json",
    ),
    "settings.updateDockerCleanup": OperationInfo(
        "dokploy_api.api.settings.settings_update_docker_cleanup",
        "POST",
        "/settings.updateDockerCleanup",
        "json",
    ),
    "settings.updateEnforceSSO": OperationInfo(
        "dokploy_api.api.settings.settings_update_enforce_sso",
        "POST",
        "/settings.updateEnforceSSO",
        "json",
    ),
    "settings.updateLogCleanup": OperationInfo(
        "dokploy_api.api.settings.settings_update_log_cleanup",
        "POST",
        "/settings.updateLogCleanup",
        "json",
    ),
    "settings.updateMiddlewareTraefikConfig": OperationInfo(
        "dokploy_api.api.settings.settings_update_middleware_traefik_config",
        "POST",
        "/settings.updateMiddlewareTraefikConfig",
        "json",
    ),
    "settings.updateRemoteServersOnly": OperationInfo(
        "dokploy_api.api.settings.settings_update_remote_servers_only",
        "POST",
        "/settings.updateRemoteServersOnly",
        "json",
    ),
    "settings.updateServer": OperationInfo(
        "dokploy_api.api.settings.settings_update_server",
        "POST",
        "/settings.updateServer",
        "",
    ),
    "settings.updateServerIp": OperationInfo(
        "dokploy_api.api.settings.settings_update_server_ip",
        "POST",
        "/settings.updateServerIp",
        "json",
    ),
    "settings.updateTraefikConfig": OperationInfo(
        "dokploy_api.api.settings.settings_update_traefik_config",
        "POST",
        "/settings.updateTraefikConfig",
        "json",
    ),
    "settings.updateTraefikFile": OperationInfo(
        "dokploy_api.api.settings.settings_update_traefik_file",
        "POST",
        "/settings.updateTraefikFile",
        "json",
    ),
    "settings.updateTraefikPorts": OperationInfo(
        "dokploy_api.api.settings.settings_update_traefik_ports",
        "POST",
        "/settings.updateTraefikPorts",
        "json",
    ),
    "settings.updateWebServerTraefikConfig": OperationInfo(
        "dokploy_api.api.settings.settings_update_web_server_traefik_config",
        "POST",
        "/settings.updateWebServerTraefikConfig",
        "json",
    ),
    "settings.writeTraefikEnv": OperationInfo(
        "dokploy_api.api.settings.settings_write_traefik_env",
        "POST",
        "/settings.writeTraefikEnv",
        "json",
    ),
    "sshKey.all": OperationInfo(
        "dokploy_api.api.ssh_key.ssh_key_all",
        "GET",
        "/sshKey.all",
        "",
    ),
    "sshKey.allForApps": OperationInfo(
        "dokploy_api.api.ssh_key.ssh_key_all_for_apps",
        "GET",
        "/sshKey.allForApps",
        "",
    ),
    "sshKey.create": OperationInfo(
        "dokploy_api.api.ssh_key.ssh_key_create",
        "POST",
        "/sshKey.create",
        "json",
    ),
    "sshKey.generate": OperationInfo(
        "dokploy_api.api.ssh_key.ssh_key_generate",
        "POST",
        "/sshKey.generate",
        "json",
    ),
    "sshKey.one": OperationInfo(
        "dokploy_api.api.ssh_key.ssh_key_one",
        "GET",
        "/sshKey.one",
        "",
    ),
    "sshKey.remove": OperationInfo(
        "dokploy_api.api.ssh_key.ssh_key_remove",
        "POST",
        "/sshKey.remove",
        "json",
    ),
    "sshKey.update": OperationInfo(
        "dokploy_api.api.ssh_key.ssh_key_update",
        "POST",
        "/sshKey.update",
        "json",
    ),
    "sso.addTrustedOrigin": OperationInfo(
        "dokploy_api.api.sso.sso_add_trusted_origin",
        "POST",
        "/sso.addTrustedOrigin",
        "json",
    ),
    "sso.deleteProvider": OperationInfo(
        "dokploy_api.api.sso.sso_delete_provider",
        "POST",
        "/sso.deleteProvider",
        "json",
    ),
    "sso.enforceSSO": OperationInfo(
        "dokploy_api.api.sso.sso_enforce_sso",
        "GET",
        "/sso.enforceSSO",
        "",
    ),
    "sso.getTrustedOrigins": OperationInfo(
        "dokploy_api.api.sso.sso_get_trusted_origins",
        "GET",
        "/sso.getTrustedOrigins",
        "",
    ),
    "sso.listProviders": OperationInfo(
        "dokploy_api.api.sso.sso_list_providers",
        "GET",
        "/sso.listProviders",
        "",
    ),
    "sso.one": OperationInfo(
        "dokploy_api.api.sso.sso_one",
        "GET",
        "/sso.one",
        "",
    ),
    "sso.register": OperationInfo(
        "dokploy_api.api.sso.sso_register",
        "POST",
        "/sso.register",
        "json",
    ),
    "sso.removeTrustedOrigin": OperationInfo(
        "dokploy_api.api.sso.sso_remove_trusted_origin",
        "POST",
        "/sso.removeTrustedOrigin",
        "json",
    ),
    "sso.showSignInWithSSO": OperationInfo(
        "dokploy_api.api.sso.sso_show_sign_in_with_sso",
        "GET",
        "/sso.showSignInWithSSO",
        "",
    ),
    "sso.update": OperationInfo(
        "dokploy_api.api.sso.sso_update",
        "POST",
        "/sso.update",
        "json",
    ),
    "sso.updateTrustedOrigin": OperationInfo(
        "dokploy_api.api.sso.sso_update_trusted_origin",
        "POST",
        "/sso.updateTrustedOrigin",
        "json",
    ),
    "stripe.canCreateMoreServers": OperationInfo(
        "dokploy_api.api.stripe.stripe_can_create_more_servers",
        "GET",
        "/stripe.canCreateMoreServers",
        "",
    ),
    "stripe.createCheckoutSession": OperationInfo(
        "dokploy_api.api.stripe.stripe_create_checkout_session",
        "POST",
        "/stripe.createCheckoutSession",
        "json",
    ),
    "stripe.createCustomerPortalSession": OperationInfo(
        "dokploy_api.api.stripe.stripe_create_customer_portal_session",
        "POST",
        "/stripe.createCustomerPortalSession",
        "",
    ),
    "stripe.getCurrentPlan": OperationInfo(
        "dokploy_api.api.stripe.stripe_get_current_plan",
        "GET",
        "/stripe.getCurrentPlan",
        "",
    ),
    "stripe.getInvoices": OperationInfo(
        "dokploy_api.api.stripe.stripe_get_invoices",
        "GET",
        "/stripe.getInvoices",
        "",
    ),
    "stripe.getProducts": OperationInfo(
        "dokploy_api.api.stripe.stripe_get_products",
        "GET",
        "/stripe.getProducts",
        "",
    ),
    "stripe.updateInvoiceNotifications": OperationInfo(
        "dokploy_api.api.stripe.stripe_update_invoice_notifications",
        "POST",
        "/stripe.updateInvoiceNotifications",
        "json",
    ),
    "stripe.upgradeSubscription": OperationInfo(
        "dokploy_api.api.stripe.stripe_upgrade_subscription",
        "POST",
        "/stripe.upgradeSubscription",
        "json",
    ),
    "swarm.getContainerStats": OperationInfo(
        "dokploy_api.api.swarm.swarm_get_container_stats",
        "GET",
        "/swarm.getContainerStats",
        "",
    ),
    "swarm.getNodeApps": OperationInfo(
        "dokploy_api.api.swarm.swarm_get_node_apps",
        "GET",
        "/swarm.getNodeApps",
        "",
    ),
    "swarm.getNodeInfo": OperationInfo(
        "dokploy_api.api.swarm.swarm_get_node_info",
        "GET",
        "/swarm.getNodeInfo",
        "",
    ),
    "swarm.getNodes": OperationInfo(
        "dokploy_api.api.swarm.swarm_get_nodes",
        "GET",
        "/swarm.getNodes",
        "",
    ),
    "tag.all": OperationInfo(
        "dokploy_api.api.tag.tag_all",
        "GET",
        "/tag.all",
        "",
    ),
    "tag.assignToProject": OperationInfo(
        "dokploy_api.api.tag.tag_assign_to_project",
        "POST",
        "/tag.assignToProject",
        "json",
    ),
    "tag.bulkAssign": OperationInfo(
        "dokploy_api.api.tag.tag_bulk_assign",
        "POST",
        "/tag.bulkAssign",
        "json",
    ),
    "tag.create": OperationInfo(
        "dokploy_api.api.tag.tag_create",
        "POST",
        "/tag.create",
        "json",
    ),
    "tag.one": OperationInfo(
        "dokploy_api.api.tag.tag_one",
        "GET",
        "/tag.one",
        "",
    ),
    "tag.remove": OperationInfo(
        "dokploy_api.api.tag.tag_remove",
        "POST",
        "/tag.remove",
        "json",
    ),
    "tag.removeFromProject": OperationInfo(
        "dokploy_api.api.tag.tag_remove_from_project",
        "POST",
        "/tag.removeFromProject",
        "json",
    ),
    "tag.update": OperationInfo(
        "dokploy_api.api.tag.tag_update",
        "POST",
        "/tag.update",
        "json",
    ),
    "user.all": OperationInfo(
        "dokploy_api.api.user.user_all",
        "GET",
        "/user.all",
        "",
    ),
    "user.assignPermissions": OperationInfo(
        "dokploy_api.api.user.user_assign_permissions",
        "POST",
        "/user.assignPermissions",
        "json",
    ),
    "user.checkUserOrganizations": OperationInfo(
        "dokploy_api.api.user.user_check_user_organizations",
        "GET",
        "/user.checkUserOrganizations",
        "",
    ),
    "user.createApiKey": OperationInfo(
        "dokploy_api.api.user.user_create_api_key",
        "POST",
        "/user.createApiKey",
        "json",
    ),
    "user.createUserWithCredentials": OperationInfo(
        "dokploy_api.api.user.user_create_user_with_credentials",
        "POST",
        "/user.createUserWithCredentials",
        "json",
    ),
    "user.deleteApiKey": OperationInfo(
        "dokploy_api.api.user.user_delete_api_key",
        "POST",
        "/user.deleteApiKey",
        "json",
    ),
    "user.generateToken": OperationInfo(
        "dokploy_api.api.user.user_generate_token",
        "POST",
        "/user.generateToken",
        "",
    ),
    "user.get": OperationInfo(
        "dokploy_api.api.user.user_get",
        "GET",
        "/user.get",
        "",
    ),
    "user.getBackups": OperationInfo(
        "dokploy_api.api.user.user_get_backups",
        "GET",
        "/user.getBackups",
        "",
    ),
    "user.getBookmarkedTemplates": OperationInfo(
        "dokploy_api.api.user.user_get_bookmarked_templates",
        "GET",
        "/user.getBookmarkedTemplates",
        "",
    ),
    "user.getContainerMetrics": OperationInfo(
        "dokploy_api.api.user.user_get_container_metrics",
        "GET",
        "/user.getContainerMetrics",
        "",
    ),
    "user.getInvitations": OperationInfo(
        "dokploy_api.api.user.user_get_invitations",
        "GET",
        "/user.getInvitations",
        "",
    ),
    "user.getMetricsToken": OperationInfo(
        "dokploy_api.api.user.user_get_metrics_token",
        "GET",
        "/user.getMetricsToken",
        "",
    ),
    "user.getPermissions": OperationInfo(
        "dokploy_api.api.user.user_get_permissions",
        "GET",
        "/user.getPermissions",
        "",
    ),
    "user.getServerMetrics": OperationInfo(
        "dokploy_api.api.user.user_get_server_metrics",
        "GET",
        "/user.getServerMetrics",
        "",
    ),
    "user.getUserByToken": OperationInfo(
        "dokploy_api.api.user.user_get_user_by_token",
        "GET",
        "/user.getUserByToken",
        "",
    ),
    "user.haveRootAccess": OperationInfo(
        "dokploy_api.api.user.user_have_root_access",
        "GET",
        "/user.haveRootAccess",
        "",
    ),
    "user.listPasskeys": OperationInfo(
        "dokploy_api.api.user.user_list_passkeys",
        "GET",
        "/user.listPasskeys",
        "",
    ),
    "user.listSessions": OperationInfo(
        "dokploy_api.api.user.user_list_sessions",
        "GET",
        "/user.listSessions",
        "",
    ),
    "user.one": OperationInfo(
        "dokploy_api.api.user.user_one",
        "GET",
        "/user.one",
        "",
    ),
    "user.remove": OperationInfo(
        "dokploy_api.api.user.user_remove",
        "POST",
        "/user.remove",
        "json",
    ),
    "user.revokeSession": OperationInfo(
        "dokploy_api.api.user.user_revoke_session",
        "POST",
        "/user.revokeSession",
        "json",
    ),
    "user.sendInvitation": OperationInfo(
        "dokploy_api.api.user.user_send_invitation",
        "POST",
        "/user.sendInvitation",
        "json",
    ),
    "user.session": OperationInfo(
        "dokploy_api.api.user.user_session",
        "GET",
        "/user.session",
        "",
    ),
    "user.toggleTemplateBookmark": OperationInfo(
        "dokploy_api.api.user.user_toggle_template_bookmark",
        "POST",
        "/user.toggleTemplateBookmark",
        "json",
    ),
    "user.update": OperationInfo(
        "dokploy_api.api.user.user_update",
        "POST",
        "/user.update",
        "json",
    ),
    "vaultProvider.all": OperationInfo(
        "dokploy_api.api.vault_provider.vault_provider_all",
        "GET",
        "/vaultProvider.all",
        "",
    ),
    "vaultProvider.create": OperationInfo(
        "dokploy_api.api.vault_provider.vault_provider_create",
        "POST",
        "/vaultProvider.create",
        "json",
    ),
    "vaultProvider.listSecretNames": OperationInfo(
        "dokploy_api.api.vault_provider.vault_provider_list_secret_names",
        "GET",
        "/vaultProvider.listSecretNames",
        "",
    ),
    "vaultProvider.one": OperationInfo(
        "dokploy_api.api.vault_provider.vault_provider_one",
        "GET",
        "/vaultProvider.one",
        "",
    ),
    "vaultProvider.remove": OperationInfo(
        "dokploy_api.api.vault_provider.vault_provider_remove",
        "POST",
        "/vaultProvider.remove",
        "json",
    ),
    "vaultProvider.testConnection": OperationInfo(
        "dokploy_api.api.vault_provider.vault_provider_test_connection",
        "POST",
        "/vaultProvider.testConnection",
        "json",
    ),
    "vaultProvider.update": OperationInfo(
        "dokploy_api.api.vault_provider.vault_provider_update",
        "POST",
        "/vaultProvider.update",
        "json",
    ),
    "volumeBackups.create": OperationInfo(
        "dokploy_api.api.volume_backups.volume_backups_create",
        "POST",
        "/volumeBackups.create",
        "json",
    ),
    "volumeBackups.delete": OperationInfo(
        "dokploy_api.api.volume_backups.volume_backups_delete",
        "POST",
        "/volumeBackups.delete",
        "json",
    ),
    "volumeBackups.list": OperationInfo(
        "dokploy_api.api.volume_backups.volume_backups_list",
        "GET",
        "/volumeBackups.list",
        "",
    ),
    "volumeBackups.one": OperationInfo(
        "dokploy_api.api.volume_backups.volume_backups_one",
        "GET",
        "/volumeBackups.one",
        "",
    ),
    "volumeBackups.runManually": OperationInfo(
        "dokploy_api.api.volume_backups.volume_backups_run_manually",
        "POST",
        "/volumeBackups.runManually",
        "json",
    ),
    "volumeBackups.update": OperationInfo(
        "dokploy_api.api.volume_backups.volume_backups_update",
        "POST",
        "/volumeBackups.update",
        "json",
    ),
    "whitelabeling.get": OperationInfo(
        "dokploy_api.api.whitelabeling.whitelabeling_get",
        "GET",
        "/whitelabeling.get",
        "",
    ),
    "whitelabeling.getPublic": OperationInfo(
        "dokploy_api.api.whitelabeling.whitelabeling_get_public",
        "GET",
        "/whitelabeling.getPublic",
        "",
    ),
    "whitelabeling.reset": OperationInfo(
        "dokploy_api.api.whitelabeling.whitelabeling_reset",
        "POST",
        "/whitelabeling.reset",
        "",
    ),
    "whitelabeling.update": OperationInfo(
        "dokploy_api.api.whitelabeling.whitelabeling_update",
        "POST",
        "/whitelabeling.update",
        "json",
    ),
}

ROUTERS: dict[str, str] = {
    "admin": "AdminResource",
    "ai": "AiResource",
    "application": "ApplicationResource",
    "audit_log": "AuditLogResource",
    "backup": "BackupResource",
    "bitbucket": "BitbucketResource",
    "certificates": "CertificatesResource",
    "cluster": "ClusterResource",
    "compose": "ComposeResource",
    "custom_role": "CustomRoleResource",
    "deployment": "DeploymentResource",
    "destination": "DestinationResource",
    "dns_provider": "DnsProviderResource",
    "docker": "DockerResource",
    "docker_disk_usage": "DockerDiskUsageResource",
    "docker_image": "DockerImageResource",
    "docker_volume": "DockerVolumeResource",
    "domain": "DomainResource",
    "environment": "EnvironmentResource",
    "forward_auth": "ForwardAuthResource",
    "git_provider": "GitProviderResource",
    "gitea": "GiteaResource",
    "github": "GithubResource",
    "gitlab": "GitlabResource",
    "libsql": "LibsqlResource",
    "license_key": "LicenseKeyResource",
    "mariadb": "MariadbResource",
    "mongo": "MongoResource",
    "mounts": "MountsResource",
    "mysql": "MysqlResource",
    "network": "NetworkResource",
    "notification": "NotificationResource",
    "organization": "OrganizationResource",
    "overview": "OverviewResource",
    "patch": "PatchResource",
    "port": "PortResource",
    "postgres": "PostgresResource",
    "preview_deployment": "PreviewDeploymentResource",
    "project": "ProjectResource",
    "redirects": "RedirectsResource",
    "redis": "RedisResource",
    "registry": "RegistryResource",
    "rollback": "RollbackResource",
    "schedule": "ScheduleResource",
    "scim": "ScimResource",
    "security": "SecurityResource",
    "server": "ServerResource",
    "settings": "SettingsResource",
    "ssh_key": "SshKeyResource",
    "sso": "SsoResource",
    "stripe": "StripeResource",
    "swarm": "SwarmResource",
    "tag": "TagResource",
    "user": "UserResource",
    "vault_provider": "VaultProviderResource",
    "volume_backups": "VolumeBackupsResource",
    "whitelabeling": "WhitelabelingResource",
}


def operation_module(name: str) -> ModuleType:
    """The generated module of operation ``router.procedure`` (KeyError if unknown)."""
    return importlib.import_module(OPERATIONS[name].module)


def resource(router: str, engine: Any, *, asynchronous: bool = False) -> Any:
    """Instantiate the resource of ``router`` bound to ``engine``."""
    module = importlib.import_module(f"{__name__}.{router}")
    prefix = "Async" if asynchronous else ""
    return getattr(module, prefix + ROUTERS[router])(engine)


class Resources:
    """One attribute per router, typed and created on first use (mixed into ``Dokploy``)."""

    _engine: Any

    @cached_property
    def admin(self) -> AdminResource:
        from .admin import AdminResource

        return AdminResource(self._engine)

    @cached_property
    def ai(self) -> AiResource:
        from .ai import AiResource

        return AiResource(self._engine)

    @cached_property
    def application(self) -> ApplicationResource:
        from .application import ApplicationResource

        return ApplicationResource(self._engine)

    @cached_property
    def audit_log(self) -> AuditLogResource:
        from .audit_log import AuditLogResource

        return AuditLogResource(self._engine)

    @cached_property
    def backup(self) -> BackupResource:
        from .backup import BackupResource

        return BackupResource(self._engine)

    @cached_property
    def bitbucket(self) -> BitbucketResource:
        from .bitbucket import BitbucketResource

        return BitbucketResource(self._engine)

    @cached_property
    def certificates(self) -> CertificatesResource:
        from .certificates import CertificatesResource

        return CertificatesResource(self._engine)

    @cached_property
    def cluster(self) -> ClusterResource:
        from .cluster import ClusterResource

        return ClusterResource(self._engine)

    @cached_property
    def compose(self) -> ComposeResource:
        from .compose import ComposeResource

        return ComposeResource(self._engine)

    @cached_property
    def custom_role(self) -> CustomRoleResource:
        from .custom_role import CustomRoleResource

        return CustomRoleResource(self._engine)

    @cached_property
    def deployment(self) -> DeploymentResource:
        from .deployment import DeploymentResource

        return DeploymentResource(self._engine)

    @cached_property
    def destination(self) -> DestinationResource:
        from .destination import DestinationResource

        return DestinationResource(self._engine)

    @cached_property
    def dns_provider(self) -> DnsProviderResource:
        from .dns_provider import DnsProviderResource

        return DnsProviderResource(self._engine)

    @cached_property
    def docker(self) -> DockerResource:
        from .docker import DockerResource

        return DockerResource(self._engine)

    @cached_property
    def docker_disk_usage(self) -> DockerDiskUsageResource:
        from .docker_disk_usage import DockerDiskUsageResource

        return DockerDiskUsageResource(self._engine)

    @cached_property
    def docker_image(self) -> DockerImageResource:
        from .docker_image import DockerImageResource

        return DockerImageResource(self._engine)

    @cached_property
    def docker_volume(self) -> DockerVolumeResource:
        from .docker_volume import DockerVolumeResource

        return DockerVolumeResource(self._engine)

    @cached_property
    def domain(self) -> DomainResource:
        from .domain import DomainResource

        return DomainResource(self._engine)

    @cached_property
    def environment(self) -> EnvironmentResource:
        from .environment import EnvironmentResource

        return EnvironmentResource(self._engine)

    @cached_property
    def forward_auth(self) -> ForwardAuthResource:
        from .forward_auth import ForwardAuthResource

        return ForwardAuthResource(self._engine)

    @cached_property
    def git_provider(self) -> GitProviderResource:
        from .git_provider import GitProviderResource

        return GitProviderResource(self._engine)

    @cached_property
    def gitea(self) -> GiteaResource:
        from .gitea import GiteaResource

        return GiteaResource(self._engine)

    @cached_property
    def github(self) -> GithubResource:
        from .github import GithubResource

        return GithubResource(self._engine)

    @cached_property
    def gitlab(self) -> GitlabResource:
        from .gitlab import GitlabResource

        return GitlabResource(self._engine)

    @cached_property
    def libsql(self) -> LibsqlResource:
        from .libsql import LibsqlResource

        return LibsqlResource(self._engine)

    @cached_property
    def license_key(self) -> LicenseKeyResource:
        from .license_key import LicenseKeyResource

        return LicenseKeyResource(self._engine)

    @cached_property
    def mariadb(self) -> MariadbResource:
        from .mariadb import MariadbResource

        return MariadbResource(self._engine)

    @cached_property
    def mongo(self) -> MongoResource:
        from .mongo import MongoResource

        return MongoResource(self._engine)

    @cached_property
    def mounts(self) -> MountsResource:
        from .mounts import MountsResource

        return MountsResource(self._engine)

    @cached_property
    def mysql(self) -> MysqlResource:
        from .mysql import MysqlResource

        return MysqlResource(self._engine)

    @cached_property
    def network(self) -> NetworkResource:
        from .network import NetworkResource

        return NetworkResource(self._engine)

    @cached_property
    def notification(self) -> NotificationResource:
        from .notification import NotificationResource

        return NotificationResource(self._engine)

    @cached_property
    def organization(self) -> OrganizationResource:
        from .organization import OrganizationResource

        return OrganizationResource(self._engine)

    @cached_property
    def overview(self) -> OverviewResource:
        from .overview import OverviewResource

        return OverviewResource(self._engine)

    @cached_property
    def patch(self) -> PatchResource:
        from .patch import PatchResource

        return PatchResource(self._engine)

    @cached_property
    def port(self) -> PortResource:
        from .port import PortResource

        return PortResource(self._engine)

    @cached_property
    def postgres(self) -> PostgresResource:
        from .postgres import PostgresResource

        return PostgresResource(self._engine)

    @cached_property
    def preview_deployment(self) -> PreviewDeploymentResource:
        from .preview_deployment import PreviewDeploymentResource

        return PreviewDeploymentResource(self._engine)

    @cached_property
    def project(self) -> ProjectResource:
        from .project import ProjectResource

        return ProjectResource(self._engine)

    @cached_property
    def redirects(self) -> RedirectsResource:
        from .redirects import RedirectsResource

        return RedirectsResource(self._engine)

    @cached_property
    def redis(self) -> RedisResource:
        from .redis import RedisResource

        return RedisResource(self._engine)

    @cached_property
    def registry(self) -> RegistryResource:
        from .registry import RegistryResource

        return RegistryResource(self._engine)

    @cached_property
    def rollback(self) -> RollbackResource:
        from .rollback import RollbackResource

        return RollbackResource(self._engine)

    @cached_property
    def schedule(self) -> ScheduleResource:
        from .schedule import ScheduleResource

        return ScheduleResource(self._engine)

    @cached_property
    def scim(self) -> ScimResource:
        from .scim import ScimResource

        return ScimResource(self._engine)

    @cached_property
    def security(self) -> SecurityResource:
        from .security import SecurityResource

        return SecurityResource(self._engine)

    @cached_property
    def server(self) -> ServerResource:
        from .server import ServerResource

        return ServerResource(self._engine)

    @cached_property
    def settings(self) -> SettingsResource:
        from .settings import SettingsResource

        return SettingsResource(self._engine)

    @cached_property
    def ssh_key(self) -> SshKeyResource:
        from .ssh_key import SshKeyResource

        return SshKeyResource(self._engine)

    @cached_property
    def sso(self) -> SsoResource:
        from .sso import SsoResource

        return SsoResource(self._engine)

    @cached_property
    def stripe(self) -> StripeResource:
        from .stripe import StripeResource

        return StripeResource(self._engine)

    @cached_property
    def swarm(self) -> SwarmResource:
        from .swarm import SwarmResource

        return SwarmResource(self._engine)

    @cached_property
    def tag(self) -> TagResource:
        from .tag import TagResource

        return TagResource(self._engine)

    @cached_property
    def user(self) -> UserResource:
        from .user import UserResource

        return UserResource(self._engine)

    @cached_property
    def vault_provider(self) -> VaultProviderResource:
        from .vault_provider import VaultProviderResource

        return VaultProviderResource(self._engine)

    @cached_property
    def volume_backups(self) -> VolumeBackupsResource:
        from .volume_backups import VolumeBackupsResource

        return VolumeBackupsResource(self._engine)

    @cached_property
    def whitelabeling(self) -> WhitelabelingResource:
        from .whitelabeling import WhitelabelingResource

        return WhitelabelingResource(self._engine)


class AsyncResources:
    """The async twin of ``Resources`` (mixed into ``AsyncDokploy``)."""

    _engine: Any

    @cached_property
    def admin(self) -> AsyncAdminResource:
        from .admin import AsyncAdminResource

        return AsyncAdminResource(self._engine)

    @cached_property
    def ai(self) -> AsyncAiResource:
        from .ai import AsyncAiResource

        return AsyncAiResource(self._engine)

    @cached_property
    def application(self) -> AsyncApplicationResource:
        from .application import AsyncApplicationResource

        return AsyncApplicationResource(self._engine)

    @cached_property
    def audit_log(self) -> AsyncAuditLogResource:
        from .audit_log import AsyncAuditLogResource

        return AsyncAuditLogResource(self._engine)

    @cached_property
    def backup(self) -> AsyncBackupResource:
        from .backup import AsyncBackupResource

        return AsyncBackupResource(self._engine)

    @cached_property
    def bitbucket(self) -> AsyncBitbucketResource:
        from .bitbucket import AsyncBitbucketResource

        return AsyncBitbucketResource(self._engine)

    @cached_property
    def certificates(self) -> AsyncCertificatesResource:
        from .certificates import AsyncCertificatesResource

        return AsyncCertificatesResource(self._engine)

    @cached_property
    def cluster(self) -> AsyncClusterResource:
        from .cluster import AsyncClusterResource

        return AsyncClusterResource(self._engine)

    @cached_property
    def compose(self) -> AsyncComposeResource:
        from .compose import AsyncComposeResource

        return AsyncComposeResource(self._engine)

    @cached_property
    def custom_role(self) -> AsyncCustomRoleResource:
        from .custom_role import AsyncCustomRoleResource

        return AsyncCustomRoleResource(self._engine)

    @cached_property
    def deployment(self) -> AsyncDeploymentResource:
        from .deployment import AsyncDeploymentResource

        return AsyncDeploymentResource(self._engine)

    @cached_property
    def destination(self) -> AsyncDestinationResource:
        from .destination import AsyncDestinationResource

        return AsyncDestinationResource(self._engine)

    @cached_property
    def dns_provider(self) -> AsyncDnsProviderResource:
        from .dns_provider import AsyncDnsProviderResource

        return AsyncDnsProviderResource(self._engine)

    @cached_property
    def docker(self) -> AsyncDockerResource:
        from .docker import AsyncDockerResource

        return AsyncDockerResource(self._engine)

    @cached_property
    def docker_disk_usage(self) -> AsyncDockerDiskUsageResource:
        from .docker_disk_usage import AsyncDockerDiskUsageResource

        return AsyncDockerDiskUsageResource(self._engine)

    @cached_property
    def docker_image(self) -> AsyncDockerImageResource:
        from .docker_image import AsyncDockerImageResource

        return AsyncDockerImageResource(self._engine)

    @cached_property
    def docker_volume(self) -> AsyncDockerVolumeResource:
        from .docker_volume import AsyncDockerVolumeResource

        return AsyncDockerVolumeResource(self._engine)

    @cached_property
    def domain(self) -> AsyncDomainResource:
        from .domain import AsyncDomainResource

        return AsyncDomainResource(self._engine)

    @cached_property
    def environment(self) -> AsyncEnvironmentResource:
        from .environment import AsyncEnvironmentResource

        return AsyncEnvironmentResource(self._engine)

    @cached_property
    def forward_auth(self) -> AsyncForwardAuthResource:
        from .forward_auth import AsyncForwardAuthResource

        return AsyncForwardAuthResource(self._engine)

    @cached_property
    def git_provider(self) -> AsyncGitProviderResource:
        from .git_provider import AsyncGitProviderResource

        return AsyncGitProviderResource(self._engine)

    @cached_property
    def gitea(self) -> AsyncGiteaResource:
        from .gitea import AsyncGiteaResource

        return AsyncGiteaResource(self._engine)

    @cached_property
    def github(self) -> AsyncGithubResource:
        from .github import AsyncGithubResource

        return AsyncGithubResource(self._engine)

    @cached_property
    def gitlab(self) -> AsyncGitlabResource:
        from .gitlab import AsyncGitlabResource

        return AsyncGitlabResource(self._engine)

    @cached_property
    def libsql(self) -> AsyncLibsqlResource:
        from .libsql import AsyncLibsqlResource

        return AsyncLibsqlResource(self._engine)

    @cached_property
    def license_key(self) -> AsyncLicenseKeyResource:
        from .license_key import AsyncLicenseKeyResource

        return AsyncLicenseKeyResource(self._engine)

    @cached_property
    def mariadb(self) -> AsyncMariadbResource:
        from .mariadb import AsyncMariadbResource

        return AsyncMariadbResource(self._engine)

    @cached_property
    def mongo(self) -> AsyncMongoResource:
        from .mongo import AsyncMongoResource

        return AsyncMongoResource(self._engine)

    @cached_property
    def mounts(self) -> AsyncMountsResource:
        from .mounts import AsyncMountsResource

        return AsyncMountsResource(self._engine)

    @cached_property
    def mysql(self) -> AsyncMysqlResource:
        from .mysql import AsyncMysqlResource

        return AsyncMysqlResource(self._engine)

    @cached_property
    def network(self) -> AsyncNetworkResource:
        from .network import AsyncNetworkResource

        return AsyncNetworkResource(self._engine)

    @cached_property
    def notification(self) -> AsyncNotificationResource:
        from .notification import AsyncNotificationResource

        return AsyncNotificationResource(self._engine)

    @cached_property
    def organization(self) -> AsyncOrganizationResource:
        from .organization import AsyncOrganizationResource

        return AsyncOrganizationResource(self._engine)

    @cached_property
    def overview(self) -> AsyncOverviewResource:
        from .overview import AsyncOverviewResource

        return AsyncOverviewResource(self._engine)

    @cached_property
    def patch(self) -> AsyncPatchResource:
        from .patch import AsyncPatchResource

        return AsyncPatchResource(self._engine)

    @cached_property
    def port(self) -> AsyncPortResource:
        from .port import AsyncPortResource

        return AsyncPortResource(self._engine)

    @cached_property
    def postgres(self) -> AsyncPostgresResource:
        from .postgres import AsyncPostgresResource

        return AsyncPostgresResource(self._engine)

    @cached_property
    def preview_deployment(self) -> AsyncPreviewDeploymentResource:
        from .preview_deployment import AsyncPreviewDeploymentResource

        return AsyncPreviewDeploymentResource(self._engine)

    @cached_property
    def project(self) -> AsyncProjectResource:
        from .project import AsyncProjectResource

        return AsyncProjectResource(self._engine)

    @cached_property
    def redirects(self) -> AsyncRedirectsResource:
        from .redirects import AsyncRedirectsResource

        return AsyncRedirectsResource(self._engine)

    @cached_property
    def redis(self) -> AsyncRedisResource:
        from .redis import AsyncRedisResource

        return AsyncRedisResource(self._engine)

    @cached_property
    def registry(self) -> AsyncRegistryResource:
        from .registry import AsyncRegistryResource

        return AsyncRegistryResource(self._engine)

    @cached_property
    def rollback(self) -> AsyncRollbackResource:
        from .rollback import AsyncRollbackResource

        return AsyncRollbackResource(self._engine)

    @cached_property
    def schedule(self) -> AsyncScheduleResource:
        from .schedule import AsyncScheduleResource

        return AsyncScheduleResource(self._engine)

    @cached_property
    def scim(self) -> AsyncScimResource:
        from .scim import AsyncScimResource

        return AsyncScimResource(self._engine)

    @cached_property
    def security(self) -> AsyncSecurityResource:
        from .security import AsyncSecurityResource

        return AsyncSecurityResource(self._engine)

    @cached_property
    def server(self) -> AsyncServerResource:
        from .server import AsyncServerResource

        return AsyncServerResource(self._engine)

    @cached_property
    def settings(self) -> AsyncSettingsResource:
        from .settings import AsyncSettingsResource

        return AsyncSettingsResource(self._engine)

    @cached_property
    def ssh_key(self) -> AsyncSshKeyResource:
        from .ssh_key import AsyncSshKeyResource

        return AsyncSshKeyResource(self._engine)

    @cached_property
    def sso(self) -> AsyncSsoResource:
        from .sso import AsyncSsoResource

        return AsyncSsoResource(self._engine)

    @cached_property
    def stripe(self) -> AsyncStripeResource:
        from .stripe import AsyncStripeResource

        return AsyncStripeResource(self._engine)

    @cached_property
    def swarm(self) -> AsyncSwarmResource:
        from .swarm import AsyncSwarmResource

        return AsyncSwarmResource(self._engine)

    @cached_property
    def tag(self) -> AsyncTagResource:
        from .tag import AsyncTagResource

        return AsyncTagResource(self._engine)

    @cached_property
    def user(self) -> AsyncUserResource:
        from .user import AsyncUserResource

        return AsyncUserResource(self._engine)

    @cached_property
    def vault_provider(self) -> AsyncVaultProviderResource:
        from .vault_provider import AsyncVaultProviderResource

        return AsyncVaultProviderResource(self._engine)

    @cached_property
    def volume_backups(self) -> AsyncVolumeBackupsResource:
        from .volume_backups import AsyncVolumeBackupsResource

        return AsyncVolumeBackupsResource(self._engine)

    @cached_property
    def whitelabeling(self) -> AsyncWhitelabelingResource:
        from .whitelabeling import AsyncWhitelabelingResource

        return AsyncWhitelabelingResource(self._engine)

"""Every data model of the API, loaded on first access: generated, do not edit.

Importing one model (or one operation) imports only the modules it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin_setup_monitoring_body import AdminSetupMonitoringBody
    from .ai_analyze_logs_body import AiAnalyzeLogsBody
    from .ai_analyze_logs_body_context import AiAnalyzeLogsBodyContext
    from .ai_create_body import AiCreateBody
    from .ai_delete_body import AiDeleteBody
    from .ai_deploy_body import AiDeployBody
    from .ai_deploy_body_config_files_item import AiDeployBodyConfigFilesItem
    from .ai_deploy_body_domains_item import AiDeployBodyDomainsItem
    from .ai_save_custom_providers_body import AiSaveCustomProvidersBody
    from .ai_save_custom_providers_body_providers_item import AiSaveCustomProvidersBodyProvidersItem
    from .ai_suggest_body import AiSuggestBody
    from .ai_test_connection_body import AiTestConnectionBody
    from .ai_update_body import AiUpdateBody
    from .application_cancel_deployment_body import ApplicationCancelDeploymentBody
    from .application_clean_queues_body import ApplicationCleanQueuesBody
    from .application_clear_deployments_body import ApplicationClearDeploymentsBody
    from .application_create_body import ApplicationCreateBody
    from .application_create_body_source_type import ApplicationCreateBodySourceType
    from .application_delete_body import ApplicationDeleteBody
    from .application_deploy_body import ApplicationDeployBody
    from .application_disconnect_git_provider_body import ApplicationDisconnectGitProviderBody
    from .application_drop_deployment_body import ApplicationDropDeploymentBody
    from .application_kill_build_body import ApplicationKillBuildBody
    from .application_mark_running_body import ApplicationMarkRunningBody
    from .application_move_body import ApplicationMoveBody
    from .application_redeploy_body import ApplicationRedeployBody
    from .application_refresh_token_body import ApplicationRefreshTokenBody
    from .application_reload_body import ApplicationReloadBody
    from .application_save_bitbucket_provider_body import ApplicationSaveBitbucketProviderBody
    from .application_save_build_type_body import ApplicationSaveBuildTypeBody
    from .application_save_build_type_body_build_type import ApplicationSaveBuildTypeBodyBuildType
    from .application_save_docker_provider_body import ApplicationSaveDockerProviderBody
    from .application_save_environment_body import ApplicationSaveEnvironmentBody
    from .application_save_git_provider_body import ApplicationSaveGitProviderBody
    from .application_save_gitea_provider_body import ApplicationSaveGiteaProviderBody
    from .application_save_github_provider_body import ApplicationSaveGithubProviderBody
    from .application_save_github_provider_body_trigger_type import ApplicationSaveGithubProviderBodyTriggerType
    from .application_save_gitlab_provider_body import ApplicationSaveGitlabProviderBody
    from .application_start_body import ApplicationStartBody
    from .application_stop_body import ApplicationStopBody
    from .application_update_body import ApplicationUpdateBody
    from .application_update_body_application_status import ApplicationUpdateBodyApplicationStatus
    from .application_update_body_build_type import ApplicationUpdateBodyBuildType
    from .application_update_body_preview_certificate_type import ApplicationUpdateBodyPreviewCertificateType
    from .application_update_body_source_type import ApplicationUpdateBodySourceType
    from .application_update_body_trigger_type_type_0 import ApplicationUpdateBodyTriggerTypeType0
    from .application_update_traefik_config_body import ApplicationUpdateTraefikConfigBody
    from .assignments_item import AssignmentsItem
    from .audit_log_all_action import AuditLogAllAction
    from .audit_log_all_resource_type import AuditLogAllResourceType
    from .backup_create_body import BackupCreateBody
    from .backup_create_body_backup_type import BackupCreateBodyBackupType
    from .backup_create_body_database_type import BackupCreateBodyDatabaseType
    from .backup_manual_backup_compose_body import BackupManualBackupComposeBody
    from .backup_manual_backup_libsql_body import BackupManualBackupLibsqlBody
    from .backup_manual_backup_mariadb_body import BackupManualBackupMariadbBody
    from .backup_manual_backup_mongo_body import BackupManualBackupMongoBody
    from .backup_manual_backup_my_sql_body import BackupManualBackupMySqlBody
    from .backup_manual_backup_postgres_body import BackupManualBackupPostgresBody
    from .backup_manual_backup_web_server_body import BackupManualBackupWebServerBody
    from .backup_remove_body import BackupRemoveBody
    from .backup_update_body import BackupUpdateBody
    from .backup_update_body_database_type import BackupUpdateBodyDatabaseType
    from .bitbucket_create_body import BitbucketCreateBody
    from .bitbucket_test_connection_body import BitbucketTestConnectionBody
    from .bitbucket_update_body import BitbucketUpdateBody
    from .certificates_create_body import CertificatesCreateBody
    from .certificates_remove_body import CertificatesRemoveBody
    from .certificates_update_body import CertificatesUpdateBody
    from .cluster_remove_worker_body import ClusterRemoveWorkerBody
    from .compose_cancel_deployment_body import ComposeCancelDeploymentBody
    from .compose_clean_queues_body import ComposeCleanQueuesBody
    from .compose_clear_deployments_body import ComposeClearDeploymentsBody
    from .compose_create_body import ComposeCreateBody
    from .compose_create_body_compose_type import ComposeCreateBodyComposeType
    from .compose_create_body_source_type import ComposeCreateBodySourceType
    from .compose_delete_body import ComposeDeleteBody
    from .compose_deploy_body import ComposeDeployBody
    from .compose_deploy_template_body import ComposeDeployTemplateBody
    from .compose_disconnect_git_provider_body import ComposeDisconnectGitProviderBody
    from .compose_fetch_source_type_body import ComposeFetchSourceTypeBody
    from .compose_import_body import ComposeImportBody
    from .compose_isolated_deployment_body import ComposeIsolatedDeploymentBody
    from .compose_kill_build_body import ComposeKillBuildBody
    from .compose_load_services_type import ComposeLoadServicesType
    from .compose_move_body import ComposeMoveBody
    from .compose_preview_template_body import ComposePreviewTemplateBody
    from .compose_process_template_body import ComposeProcessTemplateBody
    from .compose_randomize_compose_body import ComposeRandomizeComposeBody
    from .compose_redeploy_body import ComposeRedeployBody
    from .compose_refresh_token_body import ComposeRefreshTokenBody
    from .compose_save_environment_body import ComposeSaveEnvironmentBody
    from .compose_start_body import ComposeStartBody
    from .compose_stop_body import ComposeStopBody
    from .compose_update_body import ComposeUpdateBody
    from .compose_update_body_compose_status import ComposeUpdateBodyComposeStatus
    from .compose_update_body_compose_type import ComposeUpdateBodyComposeType
    from .compose_update_body_service_networks_type_0_item import ComposeUpdateBodyServiceNetworksType0Item
    from .compose_update_body_source_type import ComposeUpdateBodySourceType
    from .compose_update_body_trigger_type_type_0 import ComposeUpdateBodyTriggerTypeType0
    from .config import Config
    from .config_2 import Config2
    from .config_3 import Config3
    from .config_4 import Config4
    from .config_5 import Config5
    from .config_6 import Config6
    from .config_7 import Config7
    from .config_8 import Config8
    from .containers import Containers
    from .custom_role_create_body import CustomRoleCreateBody
    from .custom_role_remove_body import CustomRoleRemoveBody
    from .custom_role_update_body import CustomRoleUpdateBody
    from .deployment_all_by_type_type import DeploymentAllByTypeType
    from .deployment_kill_process_body import DeploymentKillProcessBody
    from .deployment_remove_deployment_body import DeploymentRemoveDeploymentBody
    from .destination_create_body import DestinationCreateBody
    from .destination_remove_body import DestinationRemoveBody
    from .destination_test_connection_body import DestinationTestConnectionBody
    from .destination_update_body import DestinationUpdateBody
    from .dns_provider_create_body import DnsProviderCreateBody
    from .dns_provider_create_record_body import DnsProviderCreateRecordBody
    from .dns_provider_create_record_body_type import DnsProviderCreateRecordBodyType
    from .dns_provider_delete_record_body import DnsProviderDeleteRecordBody
    from .dns_provider_remove_body import DnsProviderRemoveBody
    from .dns_provider_test_connection_body import DnsProviderTestConnectionBody
    from .dns_provider_update_body import DnsProviderUpdateBody
    from .dns_provider_update_record_body import DnsProviderUpdateRecordBody
    from .dns_provider_update_record_body_type import DnsProviderUpdateRecordBodyType
    from .docker_delete_container_file_body import DockerDeleteContainerFileBody
    from .docker_disk_usage_prune_build_cache_body import DockerDiskUsagePruneBuildCacheBody
    from .docker_get_containers_by_app_label_type import DockerGetContainersByAppLabelType
    from .docker_get_containers_by_app_name_match_app_type import DockerGetContainersByAppNameMatchAppType
    from .docker_image_remove_image_body import DockerImageRemoveImageBody
    from .docker_kill_container_body import DockerKillContainerBody
    from .docker_remove_container_body import DockerRemoveContainerBody
    from .docker_restart_container_body import DockerRestartContainerBody
    from .docker_start_container_body import DockerStartContainerBody
    from .docker_stop_container_body import DockerStopContainerBody
    from .docker_upload_file_to_container_body import DockerUploadFileToContainerBody
    from .docker_volume_delete_volume_file_body import DockerVolumeDeleteVolumeFileBody
    from .docker_volume_remove_volume_body import DockerVolumeRemoveVolumeBody
    from .docker_volume_write_volume_file_body import DockerVolumeWriteVolumeFileBody
    from .docker_write_container_file_body import DockerWriteContainerFileBody
    from .domain_create_body import DomainCreateBody
    from .domain_create_body_certificate_type import DomainCreateBodyCertificateType
    from .domain_create_body_domain_type_type_0 import DomainCreateBodyDomainTypeType0
    from .domain_delete_body import DomainDeleteBody
    from .domain_generate_domain_body import DomainGenerateDomainBody
    from .domain_toggle_enable_body import DomainToggleEnableBody
    from .domain_update_body import DomainUpdateBody
    from .domain_update_body_certificate_type import DomainUpdateBodyCertificateType
    from .domain_update_body_domain_type_type_0 import DomainUpdateBodyDomainTypeType0
    from .domain_validate_domain_body import DomainValidateDomainBody
    from .endpoint_spec_swarm import EndpointSpecSwarm
    from .environment_create_body import EnvironmentCreateBody
    from .environment_duplicate_body import EnvironmentDuplicateBody
    from .environment_remove_body import EnvironmentRemoveBody
    from .environment_update_body import EnvironmentUpdateBody
    from .extra_fields import ExtraFields
    from .forward_auth_deploy_on_server_body import ForwardAuthDeployOnServerBody
    from .forward_auth_disable_body import ForwardAuthDisableBody
    from .forward_auth_enable_body import ForwardAuthEnableBody
    from .forward_auth_remove_auth_domain_body import ForwardAuthRemoveAuthDomainBody
    from .forward_auth_remove_on_server_body import ForwardAuthRemoveOnServerBody
    from .forward_auth_set_auth_domain_body import ForwardAuthSetAuthDomainBody
    from .forward_auth_set_auth_domain_body_certificate_type import ForwardAuthSetAuthDomainBodyCertificateType
    from .git_provider_remove_body import GitProviderRemoveBody
    from .git_provider_toggle_share_body import GitProviderToggleShareBody
    from .gitea_create_body import GiteaCreateBody
    from .gitea_test_connection_body import GiteaTestConnectionBody
    from .gitea_update_body import GiteaUpdateBody
    from .github_test_connection_body import GithubTestConnectionBody
    from .github_update_body import GithubUpdateBody
    from .gitlab_create_body import GitlabCreateBody
    from .gitlab_test_connection_body import GitlabTestConnectionBody
    from .gitlab_update_body import GitlabUpdateBody
    from .global_ import Global
    from .health_check_swarm import HealthCheckSwarm
    from .idp_metadata import IdpMetadata
    from .labels_swarm import LabelsSwarm
    from .libsql_change_status_body import LibsqlChangeStatusBody
    from .libsql_change_status_body_application_status import LibsqlChangeStatusBodyApplicationStatus
    from .libsql_create_body import LibsqlCreateBody
    from .libsql_create_body_sqld_node import LibsqlCreateBodySqldNode
    from .libsql_deploy_body import LibsqlDeployBody
    from .libsql_move_body import LibsqlMoveBody
    from .libsql_rebuild_body import LibsqlRebuildBody
    from .libsql_reload_body import LibsqlReloadBody
    from .libsql_remove_body import LibsqlRemoveBody
    from .libsql_save_environment_body import LibsqlSaveEnvironmentBody
    from .libsql_save_external_ports_body import LibsqlSaveExternalPortsBody
    from .libsql_start_body import LibsqlStartBody
    from .libsql_stop_body import LibsqlStopBody
    from .libsql_update_body import LibsqlUpdateBody
    from .libsql_update_body_application_status import LibsqlUpdateBodyApplicationStatus
    from .libsql_update_body_sqld_node import LibsqlUpdateBodySqldNode
    from .license_key_activate_body import LicenseKeyActivateBody
    from .license_key_update_enterprise_settings_body import LicenseKeyUpdateEnterpriseSettingsBody
    from .mapping import Mapping
    from .mapping_2 import Mapping2
    from .mariadb_change_password_body import MariadbChangePasswordBody
    from .mariadb_change_password_body_type import MariadbChangePasswordBodyType
    from .mariadb_change_status_body import MariadbChangeStatusBody
    from .mariadb_change_status_body_application_status import MariadbChangeStatusBodyApplicationStatus
    from .mariadb_create_body import MariadbCreateBody
    from .mariadb_deploy_body import MariadbDeployBody
    from .mariadb_move_body import MariadbMoveBody
    from .mariadb_rebuild_body import MariadbRebuildBody
    from .mariadb_reload_body import MariadbReloadBody
    from .mariadb_remove_body import MariadbRemoveBody
    from .mariadb_save_environment_body import MariadbSaveEnvironmentBody
    from .mariadb_save_external_port_body import MariadbSaveExternalPortBody
    from .mariadb_start_body import MariadbStartBody
    from .mariadb_stop_body import MariadbStopBody
    from .mariadb_update_body import MariadbUpdateBody
    from .mariadb_update_body_application_status import MariadbUpdateBodyApplicationStatus
    from .metrics_config import MetricsConfig
    from .mode_swarm import ModeSwarm
    from .mongo_change_password_body import MongoChangePasswordBody
    from .mongo_change_status_body import MongoChangeStatusBody
    from .mongo_change_status_body_application_status import MongoChangeStatusBodyApplicationStatus
    from .mongo_create_body import MongoCreateBody
    from .mongo_deploy_body import MongoDeployBody
    from .mongo_move_body import MongoMoveBody
    from .mongo_rebuild_body import MongoRebuildBody
    from .mongo_reload_body import MongoReloadBody
    from .mongo_remove_body import MongoRemoveBody
    from .mongo_save_environment_body import MongoSaveEnvironmentBody
    from .mongo_save_external_port_body import MongoSaveExternalPortBody
    from .mongo_start_body import MongoStartBody
    from .mongo_stop_body import MongoStopBody
    from .mongo_update_body import MongoUpdateBody
    from .mongo_update_body_application_status import MongoUpdateBodyApplicationStatus
    from .mounts_create_body import MountsCreateBody
    from .mounts_create_body_service_type import MountsCreateBodyServiceType
    from .mounts_create_body_type import MountsCreateBodyType
    from .mounts_remove_body import MountsRemoveBody
    from .mounts_update_body import MountsUpdateBody
    from .mounts_update_body_service_type import MountsUpdateBodyServiceType
    from .mounts_update_body_type import MountsUpdateBodyType
    from .mysql_change_password_body import MysqlChangePasswordBody
    from .mysql_change_password_body_type import MysqlChangePasswordBodyType
    from .mysql_change_status_body import MysqlChangeStatusBody
    from .mysql_change_status_body_application_status import MysqlChangeStatusBodyApplicationStatus
    from .mysql_create_body import MysqlCreateBody
    from .mysql_deploy_body import MysqlDeployBody
    from .mysql_move_body import MysqlMoveBody
    from .mysql_rebuild_body import MysqlRebuildBody
    from .mysql_reload_body import MysqlReloadBody
    from .mysql_remove_body import MysqlRemoveBody
    from .mysql_save_environment_body import MysqlSaveEnvironmentBody
    from .mysql_save_external_port_body import MysqlSaveExternalPortBody
    from .mysql_start_body import MysqlStartBody
    from .mysql_stop_body import MysqlStopBody
    from .mysql_update_body import MysqlUpdateBody
    from .mysql_update_body_application_status import MysqlUpdateBodyApplicationStatus
    from .network_create_body import NetworkCreateBody
    from .network_create_body_driver import NetworkCreateBodyDriver
    from .network_create_body_ipam_type_0 import NetworkCreateBodyIpamType0
    from .network_create_body_ipam_type_0_config_item import NetworkCreateBodyIpamType0ConfigItem
    from .network_import_body import NetworkImportBody
    from .network_recreate_body import NetworkRecreateBody
    from .network_remove_body import NetworkRemoveBody
    from .network_swarm_item import NetworkSwarmItem
    from .notification_create_custom_body import NotificationCreateCustomBody
    from .notification_create_discord_body import NotificationCreateDiscordBody
    from .notification_create_email_body import NotificationCreateEmailBody
    from .notification_create_gotify_body import NotificationCreateGotifyBody
    from .notification_create_lark_body import NotificationCreateLarkBody
    from .notification_create_mattermost_body import NotificationCreateMattermostBody
    from .notification_create_ntfy_body import NotificationCreateNtfyBody
    from .notification_create_pushover_body import NotificationCreatePushoverBody
    from .notification_create_resend_body import NotificationCreateResendBody
    from .notification_create_slack_body import NotificationCreateSlackBody
    from .notification_create_teams_body import NotificationCreateTeamsBody
    from .notification_create_telegram_body import NotificationCreateTelegramBody
    from .notification_receive_notification_body import NotificationReceiveNotificationBody
    from .notification_receive_notification_body_server_type import NotificationReceiveNotificationBodyServerType
    from .notification_receive_notification_body_type import NotificationReceiveNotificationBodyType
    from .notification_remove_body import NotificationRemoveBody
    from .notification_test_custom_connection_body import NotificationTestCustomConnectionBody
    from .notification_test_discord_connection_body import NotificationTestDiscordConnectionBody
    from .notification_test_email_connection_body import NotificationTestEmailConnectionBody
    from .notification_test_gotify_connection_body import NotificationTestGotifyConnectionBody
    from .notification_test_lark_connection_body import NotificationTestLarkConnectionBody
    from .notification_test_mattermost_connection_body import NotificationTestMattermostConnectionBody
    from .notification_test_ntfy_connection_body import NotificationTestNtfyConnectionBody
    from .notification_test_pushover_connection_body import NotificationTestPushoverConnectionBody
    from .notification_test_resend_connection_body import NotificationTestResendConnectionBody
    from .notification_test_slack_connection_body import NotificationTestSlackConnectionBody
    from .notification_test_teams_connection_body import NotificationTestTeamsConnectionBody
    from .notification_test_telegram_connection_body import NotificationTestTelegramConnectionBody
    from .notification_update_custom_body import NotificationUpdateCustomBody
    from .notification_update_discord_body import NotificationUpdateDiscordBody
    from .notification_update_email_body import NotificationUpdateEmailBody
    from .notification_update_gotify_body import NotificationUpdateGotifyBody
    from .notification_update_lark_body import NotificationUpdateLarkBody
    from .notification_update_mattermost_body import NotificationUpdateMattermostBody
    from .notification_update_ntfy_body import NotificationUpdateNtfyBody
    from .notification_update_pushover_body import NotificationUpdatePushoverBody
    from .notification_update_resend_body import NotificationUpdateResendBody
    from .notification_update_slack_body import NotificationUpdateSlackBody
    from .notification_update_teams_body import NotificationUpdateTeamsBody
    from .notification_update_telegram_body import NotificationUpdateTelegramBody
    from .oidc_config import OidcConfig
    from .oidc_config_token_endpoint_authentication import OidcConfigTokenEndpointAuthentication
    from .organization_create_body import OrganizationCreateBody
    from .organization_delete_body import OrganizationDeleteBody
    from .organization_invite_member_body import OrganizationInviteMemberBody
    from .organization_remove_invitation_body import OrganizationRemoveInvitationBody
    from .organization_set_default_body import OrganizationSetDefaultBody
    from .organization_update_body import OrganizationUpdateBody
    from .organization_update_member_role_body import OrganizationUpdateMemberRoleBody
    from .patch_by_entity_id_type import PatchByEntityIdType
    from .patch_clean_patch_repos_body import PatchCleanPatchReposBody
    from .patch_create_body import PatchCreateBody
    from .patch_create_body_type import PatchCreateBodyType
    from .patch_delete_body import PatchDeleteBody
    from .patch_ensure_repo_body import PatchEnsureRepoBody
    from .patch_ensure_repo_body_type import PatchEnsureRepoBodyType
    from .patch_mark_file_for_deletion_body import PatchMarkFileForDeletionBody
    from .patch_mark_file_for_deletion_body_type import PatchMarkFileForDeletionBodyType
    from .patch_read_repo_directories_type import PatchReadRepoDirectoriesType
    from .patch_read_repo_file_type import PatchReadRepoFileType
    from .patch_save_file_as_patch_body import PatchSaveFileAsPatchBody
    from .patch_save_file_as_patch_body_patch_type import PatchSaveFileAsPatchBodyPatchType
    from .patch_save_file_as_patch_body_type import PatchSaveFileAsPatchBodyType
    from .patch_toggle_enabled_body import PatchToggleEnabledBody
    from .patch_update_body import PatchUpdateBody
    from .patch_update_body_type import PatchUpdateBodyType
    from .permissions import Permissions
    from .placement_swarm import PlacementSwarm
    from .platforms_item import PlatformsItem
    from .port_create_body import PortCreateBody
    from .port_create_body_protocol import PortCreateBodyProtocol
    from .port_create_body_publish_mode import PortCreateBodyPublishMode
    from .port_delete_body import PortDeleteBody
    from .port_update_body import PortUpdateBody
    from .port_update_body_protocol import PortUpdateBodyProtocol
    from .port_update_body_publish_mode import PortUpdateBodyPublishMode
    from .ports_item import PortsItem
    from .postgres_change_password_body import PostgresChangePasswordBody
    from .postgres_change_status_body import PostgresChangeStatusBody
    from .postgres_change_status_body_application_status import PostgresChangeStatusBodyApplicationStatus
    from .postgres_create_body import PostgresCreateBody
    from .postgres_deploy_body import PostgresDeployBody
    from .postgres_move_body import PostgresMoveBody
    from .postgres_rebuild_body import PostgresRebuildBody
    from .postgres_reload_body import PostgresReloadBody
    from .postgres_remove_body import PostgresRemoveBody
    from .postgres_save_environment_body import PostgresSaveEnvironmentBody
    from .postgres_save_external_port_body import PostgresSaveExternalPortBody
    from .postgres_start_body import PostgresStartBody
    from .postgres_stop_body import PostgresStopBody
    from .postgres_update_body import PostgresUpdateBody
    from .postgres_update_body_application_status import PostgresUpdateBodyApplicationStatus
    from .preferences_item import PreferencesItem
    from .preview_deployment_delete_body import PreviewDeploymentDeleteBody
    from .preview_deployment_redeploy_body import PreviewDeploymentRedeployBody
    from .project_create_body import ProjectCreateBody
    from .project_duplicate_body import ProjectDuplicateBody
    from .project_duplicate_body_selected_services_item import ProjectDuplicateBodySelectedServicesItem
    from .project_duplicate_body_selected_services_item_type import ProjectDuplicateBodySelectedServicesItemType
    from .project_remove_body import ProjectRemoveBody
    from .project_update_body import ProjectUpdateBody
    from .redirects_create_body import RedirectsCreateBody
    from .redirects_delete_body import RedirectsDeleteBody
    from .redirects_update_body import RedirectsUpdateBody
    from .redis_change_password_body import RedisChangePasswordBody
    from .redis_change_status_body import RedisChangeStatusBody
    from .redis_change_status_body_application_status import RedisChangeStatusBodyApplicationStatus
    from .redis_create_body import RedisCreateBody
    from .redis_deploy_body import RedisDeployBody
    from .redis_move_body import RedisMoveBody
    from .redis_rebuild_body import RedisRebuildBody
    from .redis_reload_body import RedisReloadBody
    from .redis_remove_body import RedisRemoveBody
    from .redis_save_environment_body import RedisSaveEnvironmentBody
    from .redis_save_external_port_body import RedisSaveExternalPortBody
    from .redis_start_body import RedisStartBody
    from .redis_stop_body import RedisStopBody
    from .redis_update_body import RedisUpdateBody
    from .redis_update_body_application_status import RedisUpdateBodyApplicationStatus
    from .registry_create_body import RegistryCreateBody
    from .registry_create_body_registry_type import RegistryCreateBodyRegistryType
    from .registry_remove_body import RegistryRemoveBody
    from .registry_test_registry_body import RegistryTestRegistryBody
    from .registry_test_registry_body_registry_type import RegistryTestRegistryBodyRegistryType
    from .registry_test_registry_by_id_body import RegistryTestRegistryByIdBody
    from .registry_update_body import RegistryUpdateBody
    from .registry_update_body_registry_type import RegistryUpdateBodyRegistryType
    from .replicated import Replicated
    from .replicated_job import ReplicatedJob
    from .restart_policy_swarm import RestartPolicySwarm
    from .rollback_delete_body import RollbackDeleteBody
    from .rollback_rollback_body import RollbackRollbackBody
    from .saml_config import SamlConfig
    from .schedule_create_body import ScheduleCreateBody
    from .schedule_create_body_schedule_type import ScheduleCreateBodyScheduleType
    from .schedule_create_body_shell_type import ScheduleCreateBodyShellType
    from .schedule_delete_body import ScheduleDeleteBody
    from .schedule_list_schedule_type import ScheduleListScheduleType
    from .schedule_run_manually_body import ScheduleRunManuallyBody
    from .schedule_update_body import ScheduleUpdateBody
    from .schedule_update_body_schedule_type import ScheduleUpdateBodyScheduleType
    from .schedule_update_body_shell_type import ScheduleUpdateBodyShellType
    from .scim_delete_provider_body import ScimDeleteProviderBody
    from .scim_generate_token_body import ScimGenerateTokenBody
    from .security_create_body import SecurityCreateBody
    from .security_delete_body import SecurityDeleteBody
    from .security_update_body import SecurityUpdateBody
    from .server import Server
    from .server_create_body import ServerCreateBody
    from .server_create_body_server_type import ServerCreateBodyServerType
    from .server_remove_body import ServerRemoveBody
    from .server_setup_body import ServerSetupBody
    from .server_setup_monitoring_body import ServerSetupMonitoringBody
    from .server_update_body import ServerUpdateBody
    from .server_update_body_server_type import ServerUpdateBodyServerType
    from .server_update_builds_concurrency_body import ServerUpdateBuildsConcurrencyBody
    from .services import Services
    from .settings_assign_domain_server_body import SettingsAssignDomainServerBody
    from .settings_assign_domain_server_body_certificate_type import SettingsAssignDomainServerBodyCertificateType
    from .settings_clean_all_body import SettingsCleanAllBody
    from .settings_clean_docker_builder_body import SettingsCleanDockerBuilderBody
    from .settings_clean_docker_prune_body import SettingsCleanDockerPruneBody
    from .settings_clean_stopped_containers_body import SettingsCleanStoppedContainersBody
    from .settings_clean_unused_images_body import SettingsCleanUnusedImagesBody
    from .settings_clean_unused_volumes_body import SettingsCleanUnusedVolumesBody
    from .settings_reload_traefik_body import SettingsReloadTraefikBody
    from .settings_save_ssh_private_key_body import SettingsSaveSshPrivateKeyBody
    from .settings_setup_gpu_body import SettingsSetupGpuBody
    from .settings_toggle_dashboard_body import SettingsToggleDashboardBody
    from .settings_toggle_requests_body import SettingsToggleRequestsBody
    from .settings_update_builds_concurrency_body import SettingsUpdateBuildsConcurrencyBody
    from .settings_update_docker_cleanup_body import SettingsUpdateDockerCleanupBody
    from .settings_update_enforce_sso_body import SettingsUpdateEnforceSsoBody
    from .settings_update_log_cleanup_body import SettingsUpdateLogCleanupBody
    from .settings_update_middleware_traefik_config_body import SettingsUpdateMiddlewareTraefikConfigBody
    from .settings_update_remote_servers_only_body import SettingsUpdateRemoteServersOnlyBody
    from .settings_update_server_ip_body import SettingsUpdateServerIpBody
    from .settings_update_traefik_config_body import SettingsUpdateTraefikConfigBody
    from .settings_update_traefik_file_body import SettingsUpdateTraefikFileBody
    from .settings_update_traefik_ports_body import SettingsUpdateTraefikPortsBody
    from .settings_update_traefik_ports_body_additional_ports_item import (
        SettingsUpdateTraefikPortsBodyAdditionalPortsItem,
    )
    from .settings_update_traefik_ports_body_additional_ports_item_protocol import (
        SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol,
    )
    from .settings_update_web_server_traefik_config_body import SettingsUpdateWebServerTraefikConfigBody
    from .settings_write_traefik_env_body import SettingsWriteTraefikEnvBody
    from .single_sign_on_service_item import SingleSignOnServiceItem
    from .sp_metadata import SpMetadata
    from .spread import Spread
    from .ssh_key_create_body import SshKeyCreateBody
    from .ssh_key_generate_body import SshKeyGenerateBody
    from .ssh_key_generate_body_type import SshKeyGenerateBodyType
    from .ssh_key_remove_body import SshKeyRemoveBody
    from .ssh_key_update_body import SshKeyUpdateBody
    from .sso_add_trusted_origin_body import SsoAddTrustedOriginBody
    from .sso_delete_provider_body import SsoDeleteProviderBody
    from .sso_register_body import SsoRegisterBody
    from .sso_remove_trusted_origin_body import SsoRemoveTrustedOriginBody
    from .sso_update_body import SsoUpdateBody
    from .sso_update_trusted_origin_body import SsoUpdateTrustedOriginBody
    from .stripe_create_checkout_session_body import StripeCreateCheckoutSessionBody
    from .stripe_create_checkout_session_body_tier import StripeCreateCheckoutSessionBodyTier
    from .stripe_update_invoice_notifications_body import StripeUpdateInvoiceNotificationsBody
    from .stripe_upgrade_subscription_body import StripeUpgradeSubscriptionBody
    from .stripe_upgrade_subscription_body_tier import StripeUpgradeSubscriptionBodyTier
    from .tag_assign_to_project_body import TagAssignToProjectBody
    from .tag_bulk_assign_body import TagBulkAssignBody
    from .tag_create_body import TagCreateBody
    from .tag_remove_body import TagRemoveBody
    from .tag_remove_from_project_body import TagRemoveFromProjectBody
    from .tag_update_body import TagUpdateBody
    from .thresholds import Thresholds
    from .ulimits_swarm_item import UlimitsSwarmItem
    from .update_config_swarm import UpdateConfigSwarm
    from .user_assign_permissions_body import UserAssignPermissionsBody
    from .user_create_api_key_body import UserCreateApiKeyBody
    from .user_create_api_key_body_metadata import UserCreateApiKeyBodyMetadata
    from .user_create_user_with_credentials_body import UserCreateUserWithCredentialsBody
    from .user_delete_api_key_body import UserDeleteApiKeyBody
    from .user_remove_body import UserRemoveBody
    from .user_revoke_session_body import UserRevokeSessionBody
    from .user_send_invitation_body import UserSendInvitationBody
    from .user_toggle_template_bookmark_body import UserToggleTemplateBookmarkBody
    from .user_update_body import UserUpdateBody
    from .vault_provider_create_body import VaultProviderCreateBody
    from .vault_provider_remove_body import VaultProviderRemoveBody
    from .vault_provider_test_connection_body import VaultProviderTestConnectionBody
    from .vault_provider_update_body import VaultProviderUpdateBody
    from .volume_backups_create_body import VolumeBackupsCreateBody
    from .volume_backups_create_body_service_type import VolumeBackupsCreateBodyServiceType
    from .volume_backups_delete_body import VolumeBackupsDeleteBody
    from .volume_backups_list_volume_backup_type import VolumeBackupsListVolumeBackupType
    from .volume_backups_run_manually_body import VolumeBackupsRunManuallyBody
    from .volume_backups_update_body import VolumeBackupsUpdateBody
    from .volume_backups_update_body_service_type import VolumeBackupsUpdateBodyServiceType
    from .whitelabeling_update_body import WhitelabelingUpdateBody
    from .whitelabeling_update_body_whitelabeling_config import WhitelabelingUpdateBodyWhitelabelingConfig

_MODULES: dict[str, str] = {
    "AdminSetupMonitoringBody": ".admin_setup_monitoring_body",
    "AiAnalyzeLogsBody": ".ai_analyze_logs_body",
    "AiAnalyzeLogsBodyContext": ".ai_analyze_logs_body_context",
    "AiCreateBody": ".ai_create_body",
    "AiDeleteBody": ".ai_delete_body",
    "AiDeployBody": ".ai_deploy_body",
    "AiDeployBodyConfigFilesItem": ".ai_deploy_body_config_files_item",
    "AiDeployBodyDomainsItem": ".ai_deploy_body_domains_item",
    "AiSaveCustomProvidersBody": ".ai_save_custom_providers_body",
    "AiSaveCustomProvidersBodyProvidersItem": ".ai_save_custom_providers_body_providers_item",
    "AiSuggestBody": ".ai_suggest_body",
    "AiTestConnectionBody": ".ai_test_connection_body",
    "AiUpdateBody": ".ai_update_body",
    "ApplicationCancelDeploymentBody": ".application_cancel_deployment_body",
    "ApplicationCleanQueuesBody": ".application_clean_queues_body",
    "ApplicationClearDeploymentsBody": ".application_clear_deployments_body",
    "ApplicationCreateBody": ".application_create_body",
    "ApplicationCreateBodySourceType": ".application_create_body_source_type",
    "ApplicationDeleteBody": ".application_delete_body",
    "ApplicationDeployBody": ".application_deploy_body",
    "ApplicationDisconnectGitProviderBody": ".application_disconnect_git_provider_body",
    "ApplicationDropDeploymentBody": ".application_drop_deployment_body",
    "ApplicationKillBuildBody": ".application_kill_build_body",
    "ApplicationMarkRunningBody": ".application_mark_running_body",
    "ApplicationMoveBody": ".application_move_body",
    "ApplicationRedeployBody": ".application_redeploy_body",
    "ApplicationRefreshTokenBody": ".application_refresh_token_body",
    "ApplicationReloadBody": ".application_reload_body",
    "ApplicationSaveBitbucketProviderBody": ".application_save_bitbucket_provider_body",
    "ApplicationSaveBuildTypeBody": ".application_save_build_type_body",
    "ApplicationSaveBuildTypeBodyBuildType": ".application_save_build_type_body_build_type",
    "ApplicationSaveDockerProviderBody": ".application_save_docker_provider_body",
    "ApplicationSaveEnvironmentBody": ".application_save_environment_body",
    "ApplicationSaveGitProviderBody": ".application_save_git_provider_body",
    "ApplicationSaveGiteaProviderBody": ".application_save_gitea_provider_body",
    "ApplicationSaveGithubProviderBody": ".application_save_github_provider_body",
    "ApplicationSaveGithubProviderBodyTriggerType": ".application_save_github_provider_body_trigger_type",
    "ApplicationSaveGitlabProviderBody": ".application_save_gitlab_provider_body",
    "ApplicationStartBody": ".application_start_body",
    "ApplicationStopBody": ".application_stop_body",
    "ApplicationUpdateBody": ".application_update_body",
    "ApplicationUpdateBodyApplicationStatus": ".application_update_body_application_status",
    "ApplicationUpdateBodyBuildType": ".application_update_body_build_type",
    "ApplicationUpdateBodyPreviewCertificateType": ".application_update_body_preview_certificate_type",
    "ApplicationUpdateBodySourceType": ".application_update_body_source_type",
    "ApplicationUpdateBodyTriggerTypeType0": ".application_update_body_trigger_type_type_0",
    "ApplicationUpdateTraefikConfigBody": ".application_update_traefik_config_body",
    "AssignmentsItem": ".assignments_item",
    "AuditLogAllAction": ".audit_log_all_action",
    "AuditLogAllResourceType": ".audit_log_all_resource_type",
    "BackupCreateBody": ".backup_create_body",
    "BackupCreateBodyBackupType": ".backup_create_body_backup_type",
    "BackupCreateBodyDatabaseType": ".backup_create_body_database_type",
    "BackupManualBackupComposeBody": ".backup_manual_backup_compose_body",
    "BackupManualBackupLibsqlBody": ".backup_manual_backup_libsql_body",
    "BackupManualBackupMariadbBody": ".backup_manual_backup_mariadb_body",
    "BackupManualBackupMongoBody": ".backup_manual_backup_mongo_body",
    "BackupManualBackupMySqlBody": ".backup_manual_backup_my_sql_body",
    "BackupManualBackupPostgresBody": ".backup_manual_backup_postgres_body",
    "BackupManualBackupWebServerBody": ".backup_manual_backup_web_server_body",
    "BackupRemoveBody": ".backup_remove_body",
    "BackupUpdateBody": ".backup_update_body",
    "BackupUpdateBodyDatabaseType": ".backup_update_body_database_type",
    "BitbucketCreateBody": ".bitbucket_create_body",
    "BitbucketTestConnectionBody": ".bitbucket_test_connection_body",
    "BitbucketUpdateBody": ".bitbucket_update_body",
    "CertificatesCreateBody": ".certificates_create_body",
    "CertificatesRemoveBody": ".certificates_remove_body",
    "CertificatesUpdateBody": ".certificates_update_body",
    "ClusterRemoveWorkerBody": ".cluster_remove_worker_body",
    "ComposeCancelDeploymentBody": ".compose_cancel_deployment_body",
    "ComposeCleanQueuesBody": ".compose_clean_queues_body",
    "ComposeClearDeploymentsBody": ".compose_clear_deployments_body",
    "ComposeCreateBody": ".compose_create_body",
    "ComposeCreateBodyComposeType": ".compose_create_body_compose_type",
    "ComposeCreateBodySourceType": ".compose_create_body_source_type",
    "ComposeDeleteBody": ".compose_delete_body",
    "ComposeDeployBody": ".compose_deploy_body",
    "ComposeDeployTemplateBody": ".compose_deploy_template_body",
    "ComposeDisconnectGitProviderBody": ".compose_disconnect_git_provider_body",
    "ComposeFetchSourceTypeBody": ".compose_fetch_source_type_body",
    "ComposeImportBody": ".compose_import_body",
    "ComposeIsolatedDeploymentBody": ".compose_isolated_deployment_body",
    "ComposeKillBuildBody": ".compose_kill_build_body",
    "ComposeLoadServicesType": ".compose_load_services_type",
    "ComposeMoveBody": ".compose_move_body",
    "ComposePreviewTemplateBody": ".compose_preview_template_body",
    "ComposeProcessTemplateBody": ".compose_process_template_body",
    "ComposeRandomizeComposeBody": ".compose_randomize_compose_body",
    "ComposeRedeployBody": ".compose_redeploy_body",
    "ComposeRefreshTokenBody": ".compose_refresh_token_body",
    "ComposeSaveEnvironmentBody": ".compose_save_environment_body",
    "ComposeStartBody": ".compose_start_body",
    "ComposeStopBody": ".compose_stop_body",
    "ComposeUpdateBody": ".compose_update_body",
    "ComposeUpdateBodyComposeStatus": ".compose_update_body_compose_status",
    "ComposeUpdateBodyComposeType": ".compose_update_body_compose_type",
    "ComposeUpdateBodyServiceNetworksType0Item": ".compose_update_body_service_networks_type_0_item",
    "ComposeUpdateBodySourceType": ".compose_update_body_source_type",
    "ComposeUpdateBodyTriggerTypeType0": ".compose_update_body_trigger_type_type_0",
    "Config": ".config",
    "Config2": ".config_2",
    "Config3": ".config_3",
    "Config4": ".config_4",
    "Config5": ".config_5",
    "Config6": ".config_6",
    "Config7": ".config_7",
    "Config8": ".config_8",
    "Containers": ".containers",
    "CustomRoleCreateBody": ".custom_role_create_body",
    "CustomRoleRemoveBody": ".custom_role_remove_body",
    "CustomRoleUpdateBody": ".custom_role_update_body",
    "DeploymentAllByTypeType": ".deployment_all_by_type_type",
    "DeploymentKillProcessBody": ".deployment_kill_process_body",
    "DeploymentRemoveDeploymentBody": ".deployment_remove_deployment_body",
    "DestinationCreateBody": ".destination_create_body",
    "DestinationRemoveBody": ".destination_remove_body",
    "DestinationTestConnectionBody": ".destination_test_connection_body",
    "DestinationUpdateBody": ".destination_update_body",
    "DnsProviderCreateBody": ".dns_provider_create_body",
    "DnsProviderCreateRecordBody": ".dns_provider_create_record_body",
    "DnsProviderCreateRecordBodyType": ".dns_provider_create_record_body_type",
    "DnsProviderDeleteRecordBody": ".dns_provider_delete_record_body",
    "DnsProviderRemoveBody": ".dns_provider_remove_body",
    "DnsProviderTestConnectionBody": ".dns_provider_test_connection_body",
    "DnsProviderUpdateBody": ".dns_provider_update_body",
    "DnsProviderUpdateRecordBody": ".dns_provider_update_record_body",
    "DnsProviderUpdateRecordBodyType": ".dns_provider_update_record_body_type",
    "DockerDeleteContainerFileBody": ".docker_delete_container_file_body",
    "DockerDiskUsagePruneBuildCacheBody": ".docker_disk_usage_prune_build_cache_body",
    "DockerGetContainersByAppLabelType": ".docker_get_containers_by_app_label_type",
    "DockerGetContainersByAppNameMatchAppType": ".docker_get_containers_by_app_name_match_app_type",
    "DockerImageRemoveImageBody": ".docker_image_remove_image_body",
    "DockerKillContainerBody": ".docker_kill_container_body",
    "DockerRemoveContainerBody": ".docker_remove_container_body",
    "DockerRestartContainerBody": ".docker_restart_container_body",
    "DockerStartContainerBody": ".docker_start_container_body",
    "DockerStopContainerBody": ".docker_stop_container_body",
    "DockerUploadFileToContainerBody": ".docker_upload_file_to_container_body",
    "DockerVolumeDeleteVolumeFileBody": ".docker_volume_delete_volume_file_body",
    "DockerVolumeRemoveVolumeBody": ".docker_volume_remove_volume_body",
    "DockerVolumeWriteVolumeFileBody": ".docker_volume_write_volume_file_body",
    "DockerWriteContainerFileBody": ".docker_write_container_file_body",
    "DomainCreateBody": ".domain_create_body",
    "DomainCreateBodyCertificateType": ".domain_create_body_certificate_type",
    "DomainCreateBodyDomainTypeType0": ".domain_create_body_domain_type_type_0",
    "DomainDeleteBody": ".domain_delete_body",
    "DomainGenerateDomainBody": ".domain_generate_domain_body",
    "DomainToggleEnableBody": ".domain_toggle_enable_body",
    "DomainUpdateBody": ".domain_update_body",
    "DomainUpdateBodyCertificateType": ".domain_update_body_certificate_type",
    "DomainUpdateBodyDomainTypeType0": ".domain_update_body_domain_type_type_0",
    "DomainValidateDomainBody": ".domain_validate_domain_body",
    "EndpointSpecSwarm": ".endpoint_spec_swarm",
    "EnvironmentCreateBody": ".environment_create_body",
    "EnvironmentDuplicateBody": ".environment_duplicate_body",
    "EnvironmentRemoveBody": ".environment_remove_body",
    "EnvironmentUpdateBody": ".environment_update_body",
    "ExtraFields": ".extra_fields",
    "ForwardAuthDeployOnServerBody": ".forward_auth_deploy_on_server_body",
    "ForwardAuthDisableBody": ".forward_auth_disable_body",
    "ForwardAuthEnableBody": ".forward_auth_enable_body",
    "ForwardAuthRemoveAuthDomainBody": ".forward_auth_remove_auth_domain_body",
    "ForwardAuthRemoveOnServerBody": ".forward_auth_remove_on_server_body",
    "ForwardAuthSetAuthDomainBody": ".forward_auth_set_auth_domain_body",
    "ForwardAuthSetAuthDomainBodyCertificateType": ".forward_auth_set_auth_domain_body_certificate_type",
    "GitProviderRemoveBody": ".git_provider_remove_body",
    "GitProviderToggleShareBody": ".git_provider_toggle_share_body",
    "GiteaCreateBody": ".gitea_create_body",
    "GiteaTestConnectionBody": ".gitea_test_connection_body",
    "GiteaUpdateBody": ".gitea_update_body",
    "GithubTestConnectionBody": ".github_test_connection_body",
    "GithubUpdateBody": ".github_update_body",
    "GitlabCreateBody": ".gitlab_create_body",
    "GitlabTestConnectionBody": ".gitlab_test_connection_body",
    "GitlabUpdateBody": ".gitlab_update_body",
    "Global": ".global_",
    "HealthCheckSwarm": ".health_check_swarm",
    "IdpMetadata": ".idp_metadata",
    "LabelsSwarm": ".labels_swarm",
    "LibsqlChangeStatusBody": ".libsql_change_status_body",
    "LibsqlChangeStatusBodyApplicationStatus": ".libsql_change_status_body_application_status",
    "LibsqlCreateBody": ".libsql_create_body",
    "LibsqlCreateBodySqldNode": ".libsql_create_body_sqld_node",
    "LibsqlDeployBody": ".libsql_deploy_body",
    "LibsqlMoveBody": ".libsql_move_body",
    "LibsqlRebuildBody": ".libsql_rebuild_body",
    "LibsqlReloadBody": ".libsql_reload_body",
    "LibsqlRemoveBody": ".libsql_remove_body",
    "LibsqlSaveEnvironmentBody": ".libsql_save_environment_body",
    "LibsqlSaveExternalPortsBody": ".libsql_save_external_ports_body",
    "LibsqlStartBody": ".libsql_start_body",
    "LibsqlStopBody": ".libsql_stop_body",
    "LibsqlUpdateBody": ".libsql_update_body",
    "LibsqlUpdateBodyApplicationStatus": ".libsql_update_body_application_status",
    "LibsqlUpdateBodySqldNode": ".libsql_update_body_sqld_node",
    "LicenseKeyActivateBody": ".license_key_activate_body",
    "LicenseKeyUpdateEnterpriseSettingsBody": ".license_key_update_enterprise_settings_body",
    "Mapping": ".mapping",
    "Mapping2": ".mapping_2",
    "MariadbChangePasswordBody": ".mariadb_change_password_body",
    "MariadbChangePasswordBodyType": ".mariadb_change_password_body_type",
    "MariadbChangeStatusBody": ".mariadb_change_status_body",
    "MariadbChangeStatusBodyApplicationStatus": ".mariadb_change_status_body_application_status",
    "MariadbCreateBody": ".mariadb_create_body",
    "MariadbDeployBody": ".mariadb_deploy_body",
    "MariadbMoveBody": ".mariadb_move_body",
    "MariadbRebuildBody": ".mariadb_rebuild_body",
    "MariadbReloadBody": ".mariadb_reload_body",
    "MariadbRemoveBody": ".mariadb_remove_body",
    "MariadbSaveEnvironmentBody": ".mariadb_save_environment_body",
    "MariadbSaveExternalPortBody": ".mariadb_save_external_port_body",
    "MariadbStartBody": ".mariadb_start_body",
    "MariadbStopBody": ".mariadb_stop_body",
    "MariadbUpdateBody": ".mariadb_update_body",
    "MariadbUpdateBodyApplicationStatus": ".mariadb_update_body_application_status",
    "MetricsConfig": ".metrics_config",
    "ModeSwarm": ".mode_swarm",
    "MongoChangePasswordBody": ".mongo_change_password_body",
    "MongoChangeStatusBody": ".mongo_change_status_body",
    "MongoChangeStatusBodyApplicationStatus": ".mongo_change_status_body_application_status",
    "MongoCreateBody": ".mongo_create_body",
    "MongoDeployBody": ".mongo_deploy_body",
    "MongoMoveBody": ".mongo_move_body",
    "MongoRebuildBody": ".mongo_rebuild_body",
    "MongoReloadBody": ".mongo_reload_body",
    "MongoRemoveBody": ".mongo_remove_body",
    "MongoSaveEnvironmentBody": ".mongo_save_environment_body",
    "MongoSaveExternalPortBody": ".mongo_save_external_port_body",
    "MongoStartBody": ".mongo_start_body",
    "MongoStopBody": ".mongo_stop_body",
    "MongoUpdateBody": ".mongo_update_body",
    "MongoUpdateBodyApplicationStatus": ".mongo_update_body_application_status",
    "MountsCreateBody": ".mounts_create_body",
    "MountsCreateBodyServiceType": ".mounts_create_body_service_type",
    "MountsCreateBodyType": ".mounts_create_body_type",
    "MountsRemoveBody": ".mounts_remove_body",
    "MountsUpdateBody": ".mounts_update_body",
    "MountsUpdateBodyServiceType": ".mounts_update_body_service_type",
    "MountsUpdateBodyType": ".mounts_update_body_type",
    "MysqlChangePasswordBody": ".mysql_change_password_body",
    "MysqlChangePasswordBodyType": ".mysql_change_password_body_type",
    "MysqlChangeStatusBody": ".mysql_change_status_body",
    "MysqlChangeStatusBodyApplicationStatus": ".mysql_change_status_body_application_status",
    "MysqlCreateBody": ".mysql_create_body",
    "MysqlDeployBody": ".mysql_deploy_body",
    "MysqlMoveBody": ".mysql_move_body",
    "MysqlRebuildBody": ".mysql_rebuild_body",
    "MysqlReloadBody": ".mysql_reload_body",
    "MysqlRemoveBody": ".mysql_remove_body",
    "MysqlSaveEnvironmentBody": ".mysql_save_environment_body",
    "MysqlSaveExternalPortBody": ".mysql_save_external_port_body",
    "MysqlStartBody": ".mysql_start_body",
    "MysqlStopBody": ".mysql_stop_body",
    "MysqlUpdateBody": ".mysql_update_body",
    "MysqlUpdateBodyApplicationStatus": ".mysql_update_body_application_status",
    "NetworkCreateBody": ".network_create_body",
    "NetworkCreateBodyDriver": ".network_create_body_driver",
    "NetworkCreateBodyIpamType0": ".network_create_body_ipam_type_0",
    "NetworkCreateBodyIpamType0ConfigItem": ".network_create_body_ipam_type_0_config_item",
    "NetworkImportBody": ".network_import_body",
    "NetworkRecreateBody": ".network_recreate_body",
    "NetworkRemoveBody": ".network_remove_body",
    "NetworkSwarmItem": ".network_swarm_item",
    "NotificationCreateCustomBody": ".notification_create_custom_body",
    "NotificationCreateDiscordBody": ".notification_create_discord_body",
    "NotificationCreateEmailBody": ".notification_create_email_body",
    "NotificationCreateGotifyBody": ".notification_create_gotify_body",
    "NotificationCreateLarkBody": ".notification_create_lark_body",
    "NotificationCreateMattermostBody": ".notification_create_mattermost_body",
    "NotificationCreateNtfyBody": ".notification_create_ntfy_body",
    "NotificationCreatePushoverBody": ".notification_create_pushover_body",
    "NotificationCreateResendBody": ".notification_create_resend_body",
    "NotificationCreateSlackBody": ".notification_create_slack_body",
    "NotificationCreateTeamsBody": ".notification_create_teams_body",
    "NotificationCreateTelegramBody": ".notification_create_telegram_body",
    "NotificationReceiveNotificationBody": ".notification_receive_notification_body",
    "NotificationReceiveNotificationBodyServerType": ".notification_receive_notification_body_server_type",
    "NotificationReceiveNotificationBodyType": ".notification_receive_notification_body_type",
    "NotificationRemoveBody": ".notification_remove_body",
    "NotificationTestCustomConnectionBody": ".notification_test_custom_connection_body",
    "NotificationTestDiscordConnectionBody": ".notification_test_discord_connection_body",
    "NotificationTestEmailConnectionBody": ".notification_test_email_connection_body",
    "NotificationTestGotifyConnectionBody": ".notification_test_gotify_connection_body",
    "NotificationTestLarkConnectionBody": ".notification_test_lark_connection_body",
    "NotificationTestMattermostConnectionBody": ".notification_test_mattermost_connection_body",
    "NotificationTestNtfyConnectionBody": ".notification_test_ntfy_connection_body",
    "NotificationTestPushoverConnectionBody": ".notification_test_pushover_connection_body",
    "NotificationTestResendConnectionBody": ".notification_test_resend_connection_body",
    "NotificationTestSlackConnectionBody": ".notification_test_slack_connection_body",
    "NotificationTestTeamsConnectionBody": ".notification_test_teams_connection_body",
    "NotificationTestTelegramConnectionBody": ".notification_test_telegram_connection_body",
    "NotificationUpdateCustomBody": ".notification_update_custom_body",
    "NotificationUpdateDiscordBody": ".notification_update_discord_body",
    "NotificationUpdateEmailBody": ".notification_update_email_body",
    "NotificationUpdateGotifyBody": ".notification_update_gotify_body",
    "NotificationUpdateLarkBody": ".notification_update_lark_body",
    "NotificationUpdateMattermostBody": ".notification_update_mattermost_body",
    "NotificationUpdateNtfyBody": ".notification_update_ntfy_body",
    "NotificationUpdatePushoverBody": ".notification_update_pushover_body",
    "NotificationUpdateResendBody": ".notification_update_resend_body",
    "NotificationUpdateSlackBody": ".notification_update_slack_body",
    "NotificationUpdateTeamsBody": ".notification_update_teams_body",
    "NotificationUpdateTelegramBody": ".notification_update_telegram_body",
    "OidcConfig": ".oidc_config",
    "OidcConfigTokenEndpointAuthentication": ".oidc_config_token_endpoint_authentication",
    "OrganizationCreateBody": ".organization_create_body",
    "OrganizationDeleteBody": ".organization_delete_body",
    "OrganizationInviteMemberBody": ".organization_invite_member_body",
    "OrganizationRemoveInvitationBody": ".organization_remove_invitation_body",
    "OrganizationSetDefaultBody": ".organization_set_default_body",
    "OrganizationUpdateBody": ".organization_update_body",
    "OrganizationUpdateMemberRoleBody": ".organization_update_member_role_body",
    "PatchByEntityIdType": ".patch_by_entity_id_type",
    "PatchCleanPatchReposBody": ".patch_clean_patch_repos_body",
    "PatchCreateBody": ".patch_create_body",
    "PatchCreateBodyType": ".patch_create_body_type",
    "PatchDeleteBody": ".patch_delete_body",
    "PatchEnsureRepoBody": ".patch_ensure_repo_body",
    "PatchEnsureRepoBodyType": ".patch_ensure_repo_body_type",
    "PatchMarkFileForDeletionBody": ".patch_mark_file_for_deletion_body",
    "PatchMarkFileForDeletionBodyType": ".patch_mark_file_for_deletion_body_type",
    "PatchReadRepoDirectoriesType": ".patch_read_repo_directories_type",
    "PatchReadRepoFileType": ".patch_read_repo_file_type",
    "PatchSaveFileAsPatchBody": ".patch_save_file_as_patch_body",
    "PatchSaveFileAsPatchBodyPatchType": ".patch_save_file_as_patch_body_patch_type",
    "PatchSaveFileAsPatchBodyType": ".patch_save_file_as_patch_body_type",
    "PatchToggleEnabledBody": ".patch_toggle_enabled_body",
    "PatchUpdateBody": ".patch_update_body",
    "PatchUpdateBodyType": ".patch_update_body_type",
    "Permissions": ".permissions",
    "PlacementSwarm": ".placement_swarm",
    "PlatformsItem": ".platforms_item",
    "PortCreateBody": ".port_create_body",
    "PortCreateBodyProtocol": ".port_create_body_protocol",
    "PortCreateBodyPublishMode": ".port_create_body_publish_mode",
    "PortDeleteBody": ".port_delete_body",
    "PortUpdateBody": ".port_update_body",
    "PortUpdateBodyProtocol": ".port_update_body_protocol",
    "PortUpdateBodyPublishMode": ".port_update_body_publish_mode",
    "PortsItem": ".ports_item",
    "PostgresChangePasswordBody": ".postgres_change_password_body",
    "PostgresChangeStatusBody": ".postgres_change_status_body",
    "PostgresChangeStatusBodyApplicationStatus": ".postgres_change_status_body_application_status",
    "PostgresCreateBody": ".postgres_create_body",
    "PostgresDeployBody": ".postgres_deploy_body",
    "PostgresMoveBody": ".postgres_move_body",
    "PostgresRebuildBody": ".postgres_rebuild_body",
    "PostgresReloadBody": ".postgres_reload_body",
    "PostgresRemoveBody": ".postgres_remove_body",
    "PostgresSaveEnvironmentBody": ".postgres_save_environment_body",
    "PostgresSaveExternalPortBody": ".postgres_save_external_port_body",
    "PostgresStartBody": ".postgres_start_body",
    "PostgresStopBody": ".postgres_stop_body",
    "PostgresUpdateBody": ".postgres_update_body",
    "PostgresUpdateBodyApplicationStatus": ".postgres_update_body_application_status",
    "PreferencesItem": ".preferences_item",
    "PreviewDeploymentDeleteBody": ".preview_deployment_delete_body",
    "PreviewDeploymentRedeployBody": ".preview_deployment_redeploy_body",
    "ProjectCreateBody": ".project_create_body",
    "ProjectDuplicateBody": ".project_duplicate_body",
    "ProjectDuplicateBodySelectedServicesItem": ".project_duplicate_body_selected_services_item",
    "ProjectDuplicateBodySelectedServicesItemType": ".project_duplicate_body_selected_services_item_type",
    "ProjectRemoveBody": ".project_remove_body",
    "ProjectUpdateBody": ".project_update_body",
    "RedirectsCreateBody": ".redirects_create_body",
    "RedirectsDeleteBody": ".redirects_delete_body",
    "RedirectsUpdateBody": ".redirects_update_body",
    "RedisChangePasswordBody": ".redis_change_password_body",
    "RedisChangeStatusBody": ".redis_change_status_body",
    "RedisChangeStatusBodyApplicationStatus": ".redis_change_status_body_application_status",
    "RedisCreateBody": ".redis_create_body",
    "RedisDeployBody": ".redis_deploy_body",
    "RedisMoveBody": ".redis_move_body",
    "RedisRebuildBody": ".redis_rebuild_body",
    "RedisReloadBody": ".redis_reload_body",
    "RedisRemoveBody": ".redis_remove_body",
    "RedisSaveEnvironmentBody": ".redis_save_environment_body",
    "RedisSaveExternalPortBody": ".redis_save_external_port_body",
    "RedisStartBody": ".redis_start_body",
    "RedisStopBody": ".redis_stop_body",
    "RedisUpdateBody": ".redis_update_body",
    "RedisUpdateBodyApplicationStatus": ".redis_update_body_application_status",
    "RegistryCreateBody": ".registry_create_body",
    "RegistryCreateBodyRegistryType": ".registry_create_body_registry_type",
    "RegistryRemoveBody": ".registry_remove_body",
    "RegistryTestRegistryBody": ".registry_test_registry_body",
    "RegistryTestRegistryBodyRegistryType": ".registry_test_registry_body_registry_type",
    "RegistryTestRegistryByIdBody": ".registry_test_registry_by_id_body",
    "RegistryUpdateBody": ".registry_update_body",
    "RegistryUpdateBodyRegistryType": ".registry_update_body_registry_type",
    "Replicated": ".replicated",
    "ReplicatedJob": ".replicated_job",
    "RestartPolicySwarm": ".restart_policy_swarm",
    "RollbackDeleteBody": ".rollback_delete_body",
    "RollbackRollbackBody": ".rollback_rollback_body",
    "SamlConfig": ".saml_config",
    "ScheduleCreateBody": ".schedule_create_body",
    "ScheduleCreateBodyScheduleType": ".schedule_create_body_schedule_type",
    "ScheduleCreateBodyShellType": ".schedule_create_body_shell_type",
    "ScheduleDeleteBody": ".schedule_delete_body",
    "ScheduleListScheduleType": ".schedule_list_schedule_type",
    "ScheduleRunManuallyBody": ".schedule_run_manually_body",
    "ScheduleUpdateBody": ".schedule_update_body",
    "ScheduleUpdateBodyScheduleType": ".schedule_update_body_schedule_type",
    "ScheduleUpdateBodyShellType": ".schedule_update_body_shell_type",
    "ScimDeleteProviderBody": ".scim_delete_provider_body",
    "ScimGenerateTokenBody": ".scim_generate_token_body",
    "SecurityCreateBody": ".security_create_body",
    "SecurityDeleteBody": ".security_delete_body",
    "SecurityUpdateBody": ".security_update_body",
    "Server": ".server",
    "ServerCreateBody": ".server_create_body",
    "ServerCreateBodyServerType": ".server_create_body_server_type",
    "ServerRemoveBody": ".server_remove_body",
    "ServerSetupBody": ".server_setup_body",
    "ServerSetupMonitoringBody": ".server_setup_monitoring_body",
    "ServerUpdateBody": ".server_update_body",
    "ServerUpdateBodyServerType": ".server_update_body_server_type",
    "ServerUpdateBuildsConcurrencyBody": ".server_update_builds_concurrency_body",
    "Services": ".services",
    "SettingsAssignDomainServerBody": ".settings_assign_domain_server_body",
    "SettingsAssignDomainServerBodyCertificateType": ".settings_assign_domain_server_body_certificate_type",
    "SettingsCleanAllBody": ".settings_clean_all_body",
    "SettingsCleanDockerBuilderBody": ".settings_clean_docker_builder_body",
    "SettingsCleanDockerPruneBody": ".settings_clean_docker_prune_body",
    "SettingsCleanStoppedContainersBody": ".settings_clean_stopped_containers_body",
    "SettingsCleanUnusedImagesBody": ".settings_clean_unused_images_body",
    "SettingsCleanUnusedVolumesBody": ".settings_clean_unused_volumes_body",
    "SettingsReloadTraefikBody": ".settings_reload_traefik_body",
    "SettingsSaveSshPrivateKeyBody": ".settings_save_ssh_private_key_body",
    "SettingsSetupGpuBody": ".settings_setup_gpu_body",
    "SettingsToggleDashboardBody": ".settings_toggle_dashboard_body",
    "SettingsToggleRequestsBody": ".settings_toggle_requests_body",
    "SettingsUpdateBuildsConcurrencyBody": ".settings_update_builds_concurrency_body",
    "SettingsUpdateDockerCleanupBody": ".settings_update_docker_cleanup_body",
    "SettingsUpdateEnforceSsoBody": ".settings_update_enforce_sso_body",
    "SettingsUpdateLogCleanupBody": ".settings_update_log_cleanup_body",
    "SettingsUpdateMiddlewareTraefikConfigBody": ".settings_update_middleware_traefik_config_body",
    "SettingsUpdateRemoteServersOnlyBody": ".settings_update_remote_servers_only_body",
    "SettingsUpdateServerIpBody": ".settings_update_server_ip_body",
    "SettingsUpdateTraefikConfigBody": ".settings_update_traefik_config_body",
    "SettingsUpdateTraefikFileBody": ".settings_update_traefik_file_body",
    "SettingsUpdateTraefikPortsBody": ".settings_update_traefik_ports_body",
    "SettingsUpdateTraefikPortsBodyAdditionalPortsItem": ".settings_update_traefik_ports_body_additional_ports_item",
    "SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol": ".settings_update_traefik_ports_body_additional_ports_item_protocol",
    "SettingsUpdateWebServerTraefikConfigBody": ".settings_update_web_server_traefik_config_body",
    "SettingsWriteTraefikEnvBody": ".settings_write_traefik_env_body",
    "SingleSignOnServiceItem": ".single_sign_on_service_item",
    "SpMetadata": ".sp_metadata",
    "Spread": ".spread",
    "SshKeyCreateBody": ".ssh_key_create_body",
    "SshKeyGenerateBody": ".ssh_key_generate_body",
    "SshKeyGenerateBodyType": ".ssh_key_generate_body_type",
    "SshKeyRemoveBody": ".ssh_key_remove_body",
    "SshKeyUpdateBody": ".ssh_key_update_body",
    "SsoAddTrustedOriginBody": ".sso_add_trusted_origin_body",
    "SsoDeleteProviderBody": ".sso_delete_provider_body",
    "SsoRegisterBody": ".sso_register_body",
    "SsoRemoveTrustedOriginBody": ".sso_remove_trusted_origin_body",
    "SsoUpdateBody": ".sso_update_body",
    "SsoUpdateTrustedOriginBody": ".sso_update_trusted_origin_body",
    "StripeCreateCheckoutSessionBody": ".stripe_create_checkout_session_body",
    "StripeCreateCheckoutSessionBodyTier": ".stripe_create_checkout_session_body_tier",
    "StripeUpdateInvoiceNotificationsBody": ".stripe_update_invoice_notifications_body",
    "StripeUpgradeSubscriptionBody": ".stripe_upgrade_subscription_body",
    "StripeUpgradeSubscriptionBodyTier": ".stripe_upgrade_subscription_body_tier",
    "TagAssignToProjectBody": ".tag_assign_to_project_body",
    "TagBulkAssignBody": ".tag_bulk_assign_body",
    "TagCreateBody": ".tag_create_body",
    "TagRemoveBody": ".tag_remove_body",
    "TagRemoveFromProjectBody": ".tag_remove_from_project_body",
    "TagUpdateBody": ".tag_update_body",
    "Thresholds": ".thresholds",
    "UlimitsSwarmItem": ".ulimits_swarm_item",
    "UpdateConfigSwarm": ".update_config_swarm",
    "UserAssignPermissionsBody": ".user_assign_permissions_body",
    "UserCreateApiKeyBody": ".user_create_api_key_body",
    "UserCreateApiKeyBodyMetadata": ".user_create_api_key_body_metadata",
    "UserCreateUserWithCredentialsBody": ".user_create_user_with_credentials_body",
    "UserDeleteApiKeyBody": ".user_delete_api_key_body",
    "UserRemoveBody": ".user_remove_body",
    "UserRevokeSessionBody": ".user_revoke_session_body",
    "UserSendInvitationBody": ".user_send_invitation_body",
    "UserToggleTemplateBookmarkBody": ".user_toggle_template_bookmark_body",
    "UserUpdateBody": ".user_update_body",
    "VaultProviderCreateBody": ".vault_provider_create_body",
    "VaultProviderRemoveBody": ".vault_provider_remove_body",
    "VaultProviderTestConnectionBody": ".vault_provider_test_connection_body",
    "VaultProviderUpdateBody": ".vault_provider_update_body",
    "VolumeBackupsCreateBody": ".volume_backups_create_body",
    "VolumeBackupsCreateBodyServiceType": ".volume_backups_create_body_service_type",
    "VolumeBackupsDeleteBody": ".volume_backups_delete_body",
    "VolumeBackupsListVolumeBackupType": ".volume_backups_list_volume_backup_type",
    "VolumeBackupsRunManuallyBody": ".volume_backups_run_manually_body",
    "VolumeBackupsUpdateBody": ".volume_backups_update_body",
    "VolumeBackupsUpdateBodyServiceType": ".volume_backups_update_body_service_type",
    "WhitelabelingUpdateBody": ".whitelabeling_update_body",
    "WhitelabelingUpdateBodyWhitelabelingConfig": ".whitelabeling_update_body_whitelabeling_config",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AdminSetupMonitoringBody",
    "AiAnalyzeLogsBody",
    "AiAnalyzeLogsBodyContext",
    "AiCreateBody",
    "AiDeleteBody",
    "AiDeployBody",
    "AiDeployBodyConfigFilesItem",
    "AiDeployBodyDomainsItem",
    "AiSaveCustomProvidersBody",
    "AiSaveCustomProvidersBodyProvidersItem",
    "AiSuggestBody",
    "AiTestConnectionBody",
    "AiUpdateBody",
    "ApplicationCancelDeploymentBody",
    "ApplicationCleanQueuesBody",
    "ApplicationClearDeploymentsBody",
    "ApplicationCreateBody",
    "ApplicationCreateBodySourceType",
    "ApplicationDeleteBody",
    "ApplicationDeployBody",
    "ApplicationDisconnectGitProviderBody",
    "ApplicationDropDeploymentBody",
    "ApplicationKillBuildBody",
    "ApplicationMarkRunningBody",
    "ApplicationMoveBody",
    "ApplicationRedeployBody",
    "ApplicationRefreshTokenBody",
    "ApplicationReloadBody",
    "ApplicationSaveBitbucketProviderBody",
    "ApplicationSaveBuildTypeBody",
    "ApplicationSaveBuildTypeBodyBuildType",
    "ApplicationSaveDockerProviderBody",
    "ApplicationSaveEnvironmentBody",
    "ApplicationSaveGiteaProviderBody",
    "ApplicationSaveGithubProviderBody",
    "ApplicationSaveGithubProviderBodyTriggerType",
    "ApplicationSaveGitlabProviderBody",
    "ApplicationSaveGitProviderBody",
    "ApplicationStartBody",
    "ApplicationStopBody",
    "ApplicationUpdateBody",
    "ApplicationUpdateBodyApplicationStatus",
    "ApplicationUpdateBodyBuildType",
    "ApplicationUpdateBodyPreviewCertificateType",
    "ApplicationUpdateBodySourceType",
    "ApplicationUpdateBodyTriggerTypeType0",
    "ApplicationUpdateTraefikConfigBody",
    "AssignmentsItem",
    "AuditLogAllAction",
    "AuditLogAllResourceType",
    "BackupCreateBody",
    "BackupCreateBodyBackupType",
    "BackupCreateBodyDatabaseType",
    "BackupManualBackupComposeBody",
    "BackupManualBackupLibsqlBody",
    "BackupManualBackupMariadbBody",
    "BackupManualBackupMongoBody",
    "BackupManualBackupMySqlBody",
    "BackupManualBackupPostgresBody",
    "BackupManualBackupWebServerBody",
    "BackupRemoveBody",
    "BackupUpdateBody",
    "BackupUpdateBodyDatabaseType",
    "BitbucketCreateBody",
    "BitbucketTestConnectionBody",
    "BitbucketUpdateBody",
    "CertificatesCreateBody",
    "CertificatesRemoveBody",
    "CertificatesUpdateBody",
    "ClusterRemoveWorkerBody",
    "ComposeCancelDeploymentBody",
    "ComposeCleanQueuesBody",
    "ComposeClearDeploymentsBody",
    "ComposeCreateBody",
    "ComposeCreateBodyComposeType",
    "ComposeCreateBodySourceType",
    "ComposeDeleteBody",
    "ComposeDeployBody",
    "ComposeDeployTemplateBody",
    "ComposeDisconnectGitProviderBody",
    "ComposeFetchSourceTypeBody",
    "ComposeImportBody",
    "ComposeIsolatedDeploymentBody",
    "ComposeKillBuildBody",
    "ComposeLoadServicesType",
    "ComposeMoveBody",
    "ComposePreviewTemplateBody",
    "ComposeProcessTemplateBody",
    "ComposeRandomizeComposeBody",
    "ComposeRedeployBody",
    "ComposeRefreshTokenBody",
    "ComposeSaveEnvironmentBody",
    "ComposeStartBody",
    "ComposeStopBody",
    "ComposeUpdateBody",
    "ComposeUpdateBodyComposeStatus",
    "ComposeUpdateBodyComposeType",
    "ComposeUpdateBodyServiceNetworksType0Item",
    "ComposeUpdateBodySourceType",
    "ComposeUpdateBodyTriggerTypeType0",
    "Config",
    "Config2",
    "Config3",
    "Config4",
    "Config5",
    "Config6",
    "Config7",
    "Config8",
    "Containers",
    "CustomRoleCreateBody",
    "CustomRoleRemoveBody",
    "CustomRoleUpdateBody",
    "DeploymentAllByTypeType",
    "DeploymentKillProcessBody",
    "DeploymentRemoveDeploymentBody",
    "DestinationCreateBody",
    "DestinationRemoveBody",
    "DestinationTestConnectionBody",
    "DestinationUpdateBody",
    "DnsProviderCreateBody",
    "DnsProviderCreateRecordBody",
    "DnsProviderCreateRecordBodyType",
    "DnsProviderDeleteRecordBody",
    "DnsProviderRemoveBody",
    "DnsProviderTestConnectionBody",
    "DnsProviderUpdateBody",
    "DnsProviderUpdateRecordBody",
    "DnsProviderUpdateRecordBodyType",
    "DockerDeleteContainerFileBody",
    "DockerDiskUsagePruneBuildCacheBody",
    "DockerGetContainersByAppLabelType",
    "DockerGetContainersByAppNameMatchAppType",
    "DockerImageRemoveImageBody",
    "DockerKillContainerBody",
    "DockerRemoveContainerBody",
    "DockerRestartContainerBody",
    "DockerStartContainerBody",
    "DockerStopContainerBody",
    "DockerUploadFileToContainerBody",
    "DockerVolumeDeleteVolumeFileBody",
    "DockerVolumeRemoveVolumeBody",
    "DockerVolumeWriteVolumeFileBody",
    "DockerWriteContainerFileBody",
    "DomainCreateBody",
    "DomainCreateBodyCertificateType",
    "DomainCreateBodyDomainTypeType0",
    "DomainDeleteBody",
    "DomainGenerateDomainBody",
    "DomainToggleEnableBody",
    "DomainUpdateBody",
    "DomainUpdateBodyCertificateType",
    "DomainUpdateBodyDomainTypeType0",
    "DomainValidateDomainBody",
    "EndpointSpecSwarm",
    "EnvironmentCreateBody",
    "EnvironmentDuplicateBody",
    "EnvironmentRemoveBody",
    "EnvironmentUpdateBody",
    "ExtraFields",
    "ForwardAuthDeployOnServerBody",
    "ForwardAuthDisableBody",
    "ForwardAuthEnableBody",
    "ForwardAuthRemoveAuthDomainBody",
    "ForwardAuthRemoveOnServerBody",
    "ForwardAuthSetAuthDomainBody",
    "ForwardAuthSetAuthDomainBodyCertificateType",
    "GiteaCreateBody",
    "GiteaTestConnectionBody",
    "GiteaUpdateBody",
    "GithubTestConnectionBody",
    "GithubUpdateBody",
    "GitlabCreateBody",
    "GitlabTestConnectionBody",
    "GitlabUpdateBody",
    "GitProviderRemoveBody",
    "GitProviderToggleShareBody",
    "Global",
    "HealthCheckSwarm",
    "IdpMetadata",
    "LabelsSwarm",
    "LibsqlChangeStatusBody",
    "LibsqlChangeStatusBodyApplicationStatus",
    "LibsqlCreateBody",
    "LibsqlCreateBodySqldNode",
    "LibsqlDeployBody",
    "LibsqlMoveBody",
    "LibsqlRebuildBody",
    "LibsqlReloadBody",
    "LibsqlRemoveBody",
    "LibsqlSaveEnvironmentBody",
    "LibsqlSaveExternalPortsBody",
    "LibsqlStartBody",
    "LibsqlStopBody",
    "LibsqlUpdateBody",
    "LibsqlUpdateBodyApplicationStatus",
    "LibsqlUpdateBodySqldNode",
    "LicenseKeyActivateBody",
    "LicenseKeyUpdateEnterpriseSettingsBody",
    "Mapping",
    "Mapping2",
    "MariadbChangePasswordBody",
    "MariadbChangePasswordBodyType",
    "MariadbChangeStatusBody",
    "MariadbChangeStatusBodyApplicationStatus",
    "MariadbCreateBody",
    "MariadbDeployBody",
    "MariadbMoveBody",
    "MariadbRebuildBody",
    "MariadbReloadBody",
    "MariadbRemoveBody",
    "MariadbSaveEnvironmentBody",
    "MariadbSaveExternalPortBody",
    "MariadbStartBody",
    "MariadbStopBody",
    "MariadbUpdateBody",
    "MariadbUpdateBodyApplicationStatus",
    "MetricsConfig",
    "ModeSwarm",
    "MongoChangePasswordBody",
    "MongoChangeStatusBody",
    "MongoChangeStatusBodyApplicationStatus",
    "MongoCreateBody",
    "MongoDeployBody",
    "MongoMoveBody",
    "MongoRebuildBody",
    "MongoReloadBody",
    "MongoRemoveBody",
    "MongoSaveEnvironmentBody",
    "MongoSaveExternalPortBody",
    "MongoStartBody",
    "MongoStopBody",
    "MongoUpdateBody",
    "MongoUpdateBodyApplicationStatus",
    "MountsCreateBody",
    "MountsCreateBodyServiceType",
    "MountsCreateBodyType",
    "MountsRemoveBody",
    "MountsUpdateBody",
    "MountsUpdateBodyServiceType",
    "MountsUpdateBodyType",
    "MysqlChangePasswordBody",
    "MysqlChangePasswordBodyType",
    "MysqlChangeStatusBody",
    "MysqlChangeStatusBodyApplicationStatus",
    "MysqlCreateBody",
    "MysqlDeployBody",
    "MysqlMoveBody",
    "MysqlRebuildBody",
    "MysqlReloadBody",
    "MysqlRemoveBody",
    "MysqlSaveEnvironmentBody",
    "MysqlSaveExternalPortBody",
    "MysqlStartBody",
    "MysqlStopBody",
    "MysqlUpdateBody",
    "MysqlUpdateBodyApplicationStatus",
    "NetworkCreateBody",
    "NetworkCreateBodyDriver",
    "NetworkCreateBodyIpamType0",
    "NetworkCreateBodyIpamType0ConfigItem",
    "NetworkImportBody",
    "NetworkRecreateBody",
    "NetworkRemoveBody",
    "NetworkSwarmItem",
    "NotificationCreateCustomBody",
    "NotificationCreateDiscordBody",
    "NotificationCreateEmailBody",
    "NotificationCreateGotifyBody",
    "NotificationCreateLarkBody",
    "NotificationCreateMattermostBody",
    "NotificationCreateNtfyBody",
    "NotificationCreatePushoverBody",
    "NotificationCreateResendBody",
    "NotificationCreateSlackBody",
    "NotificationCreateTeamsBody",
    "NotificationCreateTelegramBody",
    "NotificationReceiveNotificationBody",
    "NotificationReceiveNotificationBodyServerType",
    "NotificationReceiveNotificationBodyType",
    "NotificationRemoveBody",
    "NotificationTestCustomConnectionBody",
    "NotificationTestDiscordConnectionBody",
    "NotificationTestEmailConnectionBody",
    "NotificationTestGotifyConnectionBody",
    "NotificationTestLarkConnectionBody",
    "NotificationTestMattermostConnectionBody",
    "NotificationTestNtfyConnectionBody",
    "NotificationTestPushoverConnectionBody",
    "NotificationTestResendConnectionBody",
    "NotificationTestSlackConnectionBody",
    "NotificationTestTeamsConnectionBody",
    "NotificationTestTelegramConnectionBody",
    "NotificationUpdateCustomBody",
    "NotificationUpdateDiscordBody",
    "NotificationUpdateEmailBody",
    "NotificationUpdateGotifyBody",
    "NotificationUpdateLarkBody",
    "NotificationUpdateMattermostBody",
    "NotificationUpdateNtfyBody",
    "NotificationUpdatePushoverBody",
    "NotificationUpdateResendBody",
    "NotificationUpdateSlackBody",
    "NotificationUpdateTeamsBody",
    "NotificationUpdateTelegramBody",
    "OidcConfig",
    "OidcConfigTokenEndpointAuthentication",
    "OrganizationCreateBody",
    "OrganizationDeleteBody",
    "OrganizationInviteMemberBody",
    "OrganizationRemoveInvitationBody",
    "OrganizationSetDefaultBody",
    "OrganizationUpdateBody",
    "OrganizationUpdateMemberRoleBody",
    "PatchByEntityIdType",
    "PatchCleanPatchReposBody",
    "PatchCreateBody",
    "PatchCreateBodyType",
    "PatchDeleteBody",
    "PatchEnsureRepoBody",
    "PatchEnsureRepoBodyType",
    "PatchMarkFileForDeletionBody",
    "PatchMarkFileForDeletionBodyType",
    "PatchReadRepoDirectoriesType",
    "PatchReadRepoFileType",
    "PatchSaveFileAsPatchBody",
    "PatchSaveFileAsPatchBodyPatchType",
    "PatchSaveFileAsPatchBodyType",
    "PatchToggleEnabledBody",
    "PatchUpdateBody",
    "PatchUpdateBodyType",
    "Permissions",
    "PlacementSwarm",
    "PlatformsItem",
    "PortCreateBody",
    "PortCreateBodyProtocol",
    "PortCreateBodyPublishMode",
    "PortDeleteBody",
    "PortsItem",
    "PortUpdateBody",
    "PortUpdateBodyProtocol",
    "PortUpdateBodyPublishMode",
    "PostgresChangePasswordBody",
    "PostgresChangeStatusBody",
    "PostgresChangeStatusBodyApplicationStatus",
    "PostgresCreateBody",
    "PostgresDeployBody",
    "PostgresMoveBody",
    "PostgresRebuildBody",
    "PostgresReloadBody",
    "PostgresRemoveBody",
    "PostgresSaveEnvironmentBody",
    "PostgresSaveExternalPortBody",
    "PostgresStartBody",
    "PostgresStopBody",
    "PostgresUpdateBody",
    "PostgresUpdateBodyApplicationStatus",
    "PreferencesItem",
    "PreviewDeploymentDeleteBody",
    "PreviewDeploymentRedeployBody",
    "ProjectCreateBody",
    "ProjectDuplicateBody",
    "ProjectDuplicateBodySelectedServicesItem",
    "ProjectDuplicateBodySelectedServicesItemType",
    "ProjectRemoveBody",
    "ProjectUpdateBody",
    "RedirectsCreateBody",
    "RedirectsDeleteBody",
    "RedirectsUpdateBody",
    "RedisChangePasswordBody",
    "RedisChangeStatusBody",
    "RedisChangeStatusBodyApplicationStatus",
    "RedisCreateBody",
    "RedisDeployBody",
    "RedisMoveBody",
    "RedisRebuildBody",
    "RedisReloadBody",
    "RedisRemoveBody",
    "RedisSaveEnvironmentBody",
    "RedisSaveExternalPortBody",
    "RedisStartBody",
    "RedisStopBody",
    "RedisUpdateBody",
    "RedisUpdateBodyApplicationStatus",
    "RegistryCreateBody",
    "RegistryCreateBodyRegistryType",
    "RegistryRemoveBody",
    "RegistryTestRegistryBody",
    "RegistryTestRegistryBodyRegistryType",
    "RegistryTestRegistryByIdBody",
    "RegistryUpdateBody",
    "RegistryUpdateBodyRegistryType",
    "Replicated",
    "ReplicatedJob",
    "RestartPolicySwarm",
    "RollbackDeleteBody",
    "RollbackRollbackBody",
    "SamlConfig",
    "ScheduleCreateBody",
    "ScheduleCreateBodyScheduleType",
    "ScheduleCreateBodyShellType",
    "ScheduleDeleteBody",
    "ScheduleListScheduleType",
    "ScheduleRunManuallyBody",
    "ScheduleUpdateBody",
    "ScheduleUpdateBodyScheduleType",
    "ScheduleUpdateBodyShellType",
    "ScimDeleteProviderBody",
    "ScimGenerateTokenBody",
    "SecurityCreateBody",
    "SecurityDeleteBody",
    "SecurityUpdateBody",
    "Server",
    "ServerCreateBody",
    "ServerCreateBodyServerType",
    "ServerRemoveBody",
    "ServerSetupBody",
    "ServerSetupMonitoringBody",
    "ServerUpdateBody",
    "ServerUpdateBodyServerType",
    "ServerUpdateBuildsConcurrencyBody",
    "Services",
    "SettingsAssignDomainServerBody",
    "SettingsAssignDomainServerBodyCertificateType",
    "SettingsCleanAllBody",
    "SettingsCleanDockerBuilderBody",
    "SettingsCleanDockerPruneBody",
    "SettingsCleanStoppedContainersBody",
    "SettingsCleanUnusedImagesBody",
    "SettingsCleanUnusedVolumesBody",
    "SettingsReloadTraefikBody",
    "SettingsSaveSshPrivateKeyBody",
    "SettingsSetupGpuBody",
    "SettingsToggleDashboardBody",
    "SettingsToggleRequestsBody",
    "SettingsUpdateBuildsConcurrencyBody",
    "SettingsUpdateDockerCleanupBody",
    "SettingsUpdateEnforceSsoBody",
    "SettingsUpdateLogCleanupBody",
    "SettingsUpdateMiddlewareTraefikConfigBody",
    "SettingsUpdateRemoteServersOnlyBody",
    "SettingsUpdateServerIpBody",
    "SettingsUpdateTraefikConfigBody",
    "SettingsUpdateTraefikFileBody",
    "SettingsUpdateTraefikPortsBody",
    "SettingsUpdateTraefikPortsBodyAdditionalPortsItem",
    "SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol",
    "SettingsUpdateWebServerTraefikConfigBody",
    "SettingsWriteTraefikEnvBody",
    "SingleSignOnServiceItem",
    "SpMetadata",
    "Spread",
    "SshKeyCreateBody",
    "SshKeyGenerateBody",
    "SshKeyGenerateBodyType",
    "SshKeyRemoveBody",
    "SshKeyUpdateBody",
    "SsoAddTrustedOriginBody",
    "SsoDeleteProviderBody",
    "SsoRegisterBody",
    "SsoRemoveTrustedOriginBody",
    "SsoUpdateBody",
    "SsoUpdateTrustedOriginBody",
    "StripeCreateCheckoutSessionBody",
    "StripeCreateCheckoutSessionBodyTier",
    "StripeUpdateInvoiceNotificationsBody",
    "StripeUpgradeSubscriptionBody",
    "StripeUpgradeSubscriptionBodyTier",
    "TagAssignToProjectBody",
    "TagBulkAssignBody",
    "TagCreateBody",
    "TagRemoveBody",
    "TagRemoveFromProjectBody",
    "TagUpdateBody",
    "Thresholds",
    "UlimitsSwarmItem",
    "UpdateConfigSwarm",
    "UserAssignPermissionsBody",
    "UserCreateApiKeyBody",
    "UserCreateApiKeyBodyMetadata",
    "UserCreateUserWithCredentialsBody",
    "UserDeleteApiKeyBody",
    "UserRemoveBody",
    "UserRevokeSessionBody",
    "UserSendInvitationBody",
    "UserToggleTemplateBookmarkBody",
    "UserUpdateBody",
    "VaultProviderCreateBody",
    "VaultProviderRemoveBody",
    "VaultProviderTestConnectionBody",
    "VaultProviderUpdateBody",
    "VolumeBackupsCreateBody",
    "VolumeBackupsCreateBodyServiceType",
    "VolumeBackupsDeleteBody",
    "VolumeBackupsListVolumeBackupType",
    "VolumeBackupsRunManuallyBody",
    "VolumeBackupsUpdateBody",
    "VolumeBackupsUpdateBodyServiceType",
    "WhitelabelingUpdateBody",
    "WhitelabelingUpdateBodyWhitelabelingConfig",
)

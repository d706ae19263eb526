"""Every data model of the API, loaded on first access: generated, do not edit.

Importing one model (or one operation) imports only the modules it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin_setup_monitoring_body import AdminSetupMonitoringBody
    from .ai import Ai
    from .ai_analyze_logs_body import AiAnalyzeLogsBody
    from .ai_analyze_logs_body_context import AiAnalyzeLogsBodyContext
    from .ai_analyze_logs_response_200 import AiAnalyzeLogsResponse200
    from .ai_create_body import AiCreateBody
    from .ai_delete_body import AiDeleteBody
    from .ai_deploy_body import AiDeployBody
    from .ai_deploy_body_config_files_item import AiDeployBodyConfigFilesItem
    from .ai_deploy_body_domains_item import AiDeployBodyDomainsItem
    from .ai_get_custom_providers_item import AiGetCustomProvidersItem
    from .ai_save_custom_providers_body import AiSaveCustomProvidersBody
    from .ai_save_custom_providers_body_providers_item import AiSaveCustomProvidersBodyProvidersItem
    from .ai_save_custom_providers_item import AiSaveCustomProvidersItem
    from .ai_suggest_body import AiSuggestBody
    from .ai_test_connection_body import AiTestConnectionBody
    from .ai_test_connection_response_200 import AiTestConnectionResponse200
    from .ai_update_body import AiUpdateBody
    from .apikey import Apikey
    from .application import Application
    from .application_application_status import ApplicationApplicationStatus
    from .application_build_type import ApplicationBuildType
    from .application_cancel_deployment_body import ApplicationCancelDeploymentBody
    from .application_clean_queues_body import ApplicationCleanQueuesBody
    from .application_clear_deployments_body import ApplicationClearDeploymentsBody
    from .application_create_body import ApplicationCreateBody
    from .application_create_body_source_type import ApplicationCreateBodySourceType
    from .application_delete_body import ApplicationDeleteBody
    from .application_deploy_body import ApplicationDeployBody
    from .application_disconnect_git_provider_body import ApplicationDisconnectGitProviderBody
    from .application_drop_deployment_body import ApplicationDropDeploymentBody
    from .application_environment_type_1 import ApplicationEnvironmentType1
    from .application_kill_build_body import ApplicationKillBuildBody
    from .application_mark_running_body import ApplicationMarkRunningBody
    from .application_move_body import ApplicationMoveBody
    from .application_preview_certificate_type import ApplicationPreviewCertificateType
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
    from .application_search_result import ApplicationSearchResult
    from .application_source_type import ApplicationSourceType
    from .application_start_body import ApplicationStartBody
    from .application_stop_body import ApplicationStopBody
    from .application_trigger_type_type_0 import ApplicationTriggerTypeType0
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
    from .backup import Backup
    from .backup_backup_type import BackupBackupType
    from .backup_create_body import BackupCreateBody
    from .backup_create_body_backup_type import BackupCreateBodyBackupType
    from .backup_create_body_database_type import BackupCreateBodyDatabaseType
    from .backup_database_type import BackupDatabaseType
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
    from .bitbucket import Bitbucket
    from .bitbucket_create_body import BitbucketCreateBody
    from .bitbucket_test_connection_body import BitbucketTestConnectionBody
    from .bitbucket_update_body import BitbucketUpdateBody
    from .certificate import Certificate
    from .certificates_create_body import CertificatesCreateBody
    from .certificates_remove_body import CertificatesRemoveBody
    from .certificates_update_body import CertificatesUpdateBody
    from .cluster_remove_worker_body import ClusterRemoveWorkerBody
    from .compose import Compose
    from .compose_cancel_deployment_body import ComposeCancelDeploymentBody
    from .compose_clean_queues_body import ComposeCleanQueuesBody
    from .compose_clean_queues_result import ComposeCleanQueuesResult
    from .compose_clear_deployments_body import ComposeClearDeploymentsBody
    from .compose_compose_status import ComposeComposeStatus
    from .compose_compose_type import ComposeComposeType
    from .compose_create_body import ComposeCreateBody
    from .compose_create_body_compose_type import ComposeCreateBodyComposeType
    from .compose_create_body_source_type import ComposeCreateBodySourceType
    from .compose_delete_body import ComposeDeleteBody
    from .compose_deploy_body import ComposeDeployBody
    from .compose_deploy_result import ComposeDeployResult
    from .compose_deploy_template_body import ComposeDeployTemplateBody
    from .compose_disconnect_git_provider_body import ComposeDisconnectGitProviderBody
    from .compose_fetch_source_type_body import ComposeFetchSourceTypeBody
    from .compose_import_body import ComposeImportBody
    from .compose_isolated_deployment_body import ComposeIsolatedDeploymentBody
    from .compose_kill_build_body import ComposeKillBuildBody
    from .compose_load_services_type import ComposeLoadServicesType
    from .compose_move_body import ComposeMoveBody
    from .compose_preview_template_body import ComposePreviewTemplateBody
    from .compose_preview_template_result import ComposePreviewTemplateResult
    from .compose_preview_template_result_template import ComposePreviewTemplateResultTemplate
    from .compose_process_template_body import ComposeProcessTemplateBody
    from .compose_process_template_result import ComposeProcessTemplateResult
    from .compose_process_template_result_template import ComposeProcessTemplateResultTemplate
    from .compose_randomize_compose_body import ComposeRandomizeComposeBody
    from .compose_redeploy_body import ComposeRedeployBody
    from .compose_redeploy_result import ComposeRedeployResult
    from .compose_refresh_token_body import ComposeRefreshTokenBody
    from .compose_save_environment_body import ComposeSaveEnvironmentBody
    from .compose_search_result import ComposeSearchResult
    from .compose_source_type import ComposeSourceType
    from .compose_start_body import ComposeStartBody
    from .compose_stop_body import ComposeStopBody
    from .compose_trigger_type_type_0 import ComposeTriggerTypeType0
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
    from .custom import Custom
    from .custom_role_create_body import CustomRoleCreateBody
    from .custom_role_get_statements_result import CustomRoleGetStatementsResult
    from .custom_role_remove_body import CustomRoleRemoveBody
    from .custom_role_remove_response_200 import CustomRoleRemoveResponse200
    from .custom_role_update_body import CustomRoleUpdateBody
    from .deployment import Deployment
    from .deployment_all_by_type_type import DeploymentAllByTypeType
    from .deployment_kill_process_body import DeploymentKillProcessBody
    from .deployment_remove_deployment_body import DeploymentRemoveDeploymentBody
    from .deployment_status_type_0 import DeploymentStatusType0
    from .destination import Destination
    from .destination_create_body import DestinationCreateBody
    from .destination_remove_body import DestinationRemoveBody
    from .destination_test_connection_body import DestinationTestConnectionBody
    from .destination_update_body import DestinationUpdateBody
    from .discord import Discord
    from .dns_provider import DnsProvider
    from .dns_provider_create_body import DnsProviderCreateBody
    from .dns_provider_create_record_body import DnsProviderCreateRecordBody
    from .dns_provider_create_record_body_type import DnsProviderCreateRecordBodyType
    from .dns_provider_delete_record_body import DnsProviderDeleteRecordBody
    from .dns_provider_provider_type import DnsProviderProviderType
    from .dns_provider_remove_body import DnsProviderRemoveBody
    from .dns_provider_test_connection_body import DnsProviderTestConnectionBody
    from .dns_provider_update_body import DnsProviderUpdateBody
    from .dns_provider_update_record_body import DnsProviderUpdateRecordBody
    from .dns_provider_update_record_body_type import DnsProviderUpdateRecordBodyType
    from .docker_delete_container_file_body import DockerDeleteContainerFileBody
    from .docker_disk_usage_prune_build_cache_body import DockerDiskUsagePruneBuildCacheBody
    from .docker_get_containers_by_app_label_type import DockerGetContainersByAppLabelType
    from .docker_get_containers_by_app_name_match_app_type import DockerGetContainersByAppNameMatchAppType
    from .docker_get_server_health_result import DockerGetServerHealthResult
    from .docker_get_server_health_result_containers import DockerGetServerHealthResultContainers
    from .docker_get_server_health_result_daemon_logs_window import DockerGetServerHealthResultDaemonLogsWindow
    from .docker_get_server_health_result_disk import DockerGetServerHealthResultDisk
    from .docker_get_server_health_result_docker_networks import DockerGetServerHealthResultDockerNetworks
    from .docker_get_server_health_result_inotify import DockerGetServerHealthResultInotify
    from .docker_get_server_health_result_reservation import DockerGetServerHealthResultReservation
    from .docker_get_server_health_result_resources import DockerGetServerHealthResultResources
    from .docker_image_remove_image_body import DockerImageRemoveImageBody
    from .docker_kill_container_body import DockerKillContainerBody
    from .docker_remove_container_body import DockerRemoveContainerBody
    from .docker_restart_container_body import DockerRestartContainerBody
    from .docker_start_container_body import DockerStartContainerBody
    from .docker_stop_container_body import DockerStopContainerBody
    from .docker_upload_file_to_container_body import DockerUploadFileToContainerBody
    from .docker_upload_file_to_container_response_200 import DockerUploadFileToContainerResponse200
    from .docker_volume_delete_volume_file_body import DockerVolumeDeleteVolumeFileBody
    from .docker_volume_remove_volume_body import DockerVolumeRemoveVolumeBody
    from .docker_volume_write_volume_file_body import DockerVolumeWriteVolumeFileBody
    from .docker_write_container_file_body import DockerWriteContainerFileBody
    from .domain import Domain
    from .domain_certificate_type import DomainCertificateType
    from .domain_create_body import DomainCreateBody
    from .domain_create_body_certificate_type import DomainCreateBodyCertificateType
    from .domain_create_body_domain_type_type_0 import DomainCreateBodyDomainTypeType0
    from .domain_delete_body import DomainDeleteBody
    from .domain_domain_type_type_0 import DomainDomainTypeType0
    from .domain_generate_domain_body import DomainGenerateDomainBody
    from .domain_toggle_enable_body import DomainToggleEnableBody
    from .domain_update_body import DomainUpdateBody
    from .domain_update_body_certificate_type import DomainUpdateBodyCertificateType
    from .domain_update_body_domain_type_type_0 import DomainUpdateBodyDomainTypeType0
    from .domain_validate_domain_body import DomainValidateDomainBody
    from .domain_validate_domain_result import DomainValidateDomainResult
    from .email import Email
    from .endpoint_spec_swarm import EndpointSpecSwarm
    from .environment import Environment
    from .environment_create_body import EnvironmentCreateBody
    from .environment_duplicate_body import EnvironmentDuplicateBody
    from .environment_remove_body import EnvironmentRemoveBody
    from .environment_search_result import EnvironmentSearchResult
    from .environment_update_body import EnvironmentUpdateBody
    from .extra_fields import ExtraFields
    from .forward_auth_deploy_on_server_body import ForwardAuthDeployOnServerBody
    from .forward_auth_disable_body import ForwardAuthDisableBody
    from .forward_auth_disable_result import ForwardAuthDisableResult
    from .forward_auth_enable_body import ForwardAuthEnableBody
    from .forward_auth_remove_auth_domain_body import ForwardAuthRemoveAuthDomainBody
    from .forward_auth_remove_on_server_body import ForwardAuthRemoveOnServerBody
    from .forward_auth_set_auth_domain_body import ForwardAuthSetAuthDomainBody
    from .forward_auth_set_auth_domain_body_certificate_type import ForwardAuthSetAuthDomainBodyCertificateType
    from .forward_auth_status_result import ForwardAuthStatusResult
    from .git_provider import GitProvider
    from .git_provider_bitbucket_type_0 import GitProviderBitbucketType0
    from .git_provider_provider_type import GitProviderProviderType
    from .git_provider_remove_body import GitProviderRemoveBody
    from .git_provider_toggle_share_body import GitProviderToggleShareBody
    from .gitea import Gitea
    from .gitea_create_body import GiteaCreateBody
    from .gitea_test_connection_body import GiteaTestConnectionBody
    from .gitea_update_body import GiteaUpdateBody
    from .gitea_update_result import GiteaUpdateResult
    from .github import Github
    from .github_test_connection_body import GithubTestConnectionBody
    from .github_update_body import GithubUpdateBody
    from .gitlab import Gitlab
    from .gitlab_create_body import GitlabCreateBody
    from .gitlab_test_connection_body import GitlabTestConnectionBody
    from .gitlab_update_body import GitlabUpdateBody
    from .global_ import Global
    from .gotify import Gotify
    from .health_check_swarm import HealthCheckSwarm
    from .idp_metadata import IdpMetadata
    from .invitation import Invitation
    from .labels_swarm import LabelsSwarm
    from .lark import Lark
    from .libsql import Libsql
    from .libsql_application_status import LibsqlApplicationStatus
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
    from .libsql_sqld_node import LibsqlSqldNode
    from .libsql_start_body import LibsqlStartBody
    from .libsql_stop_body import LibsqlStopBody
    from .libsql_update_body import LibsqlUpdateBody
    from .libsql_update_body_application_status import LibsqlUpdateBodyApplicationStatus
    from .libsql_update_body_sqld_node import LibsqlUpdateBodySqldNode
    from .license_key_activate_body import LicenseKeyActivateBody
    from .license_key_activate_response_200 import LicenseKeyActivateResponse200
    from .license_key_deactivate_response_200 import LicenseKeyDeactivateResponse200
    from .license_key_get_enterprise_settings_result import LicenseKeyGetEnterpriseSettingsResult
    from .license_key_update_enterprise_settings_body import LicenseKeyUpdateEnterpriseSettingsBody
    from .mapping import Mapping
    from .mapping_2 import Mapping2
    from .mariadb import Mariadb
    from .mariadb_application_status import MariadbApplicationStatus
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
    from .mariadb_search_result import MariadbSearchResult
    from .mariadb_start_body import MariadbStartBody
    from .mariadb_stop_body import MariadbStopBody
    from .mariadb_update_body import MariadbUpdateBody
    from .mariadb_update_body_application_status import MariadbUpdateBodyApplicationStatus
    from .mattermost import Mattermost
    from .member import Member
    from .metrics_config import MetricsConfig
    from .mode_swarm import ModeSwarm
    from .mongo import Mongo
    from .mongo_application_status import MongoApplicationStatus
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
    from .mongo_search_result import MongoSearchResult
    from .mongo_start_body import MongoStartBody
    from .mongo_stop_body import MongoStopBody
    from .mongo_update_body import MongoUpdateBody
    from .mongo_update_body_application_status import MongoUpdateBodyApplicationStatus
    from .mount import Mount
    from .mount_service_type import MountServiceType
    from .mount_type import MountType
    from .mounts_create_body import MountsCreateBody
    from .mounts_create_body_service_type import MountsCreateBodyServiceType
    from .mounts_create_body_type import MountsCreateBodyType
    from .mounts_remove_body import MountsRemoveBody
    from .mounts_update_body import MountsUpdateBody
    from .mounts_update_body_service_type import MountsUpdateBodyServiceType
    from .mounts_update_body_type import MountsUpdateBodyType
    from .mysql import Mysql
    from .mysql_application_status import MysqlApplicationStatus
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
    from .mysql_search_result import MysqlSearchResult
    from .mysql_start_body import MysqlStartBody
    from .mysql_stop_body import MysqlStopBody
    from .mysql_update_body import MysqlUpdateBody
    from .mysql_update_body_application_status import MysqlUpdateBodyApplicationStatus
    from .network import Network
    from .network_create_body import NetworkCreateBody
    from .network_create_body_driver import NetworkCreateBodyDriver
    from .network_create_body_ipam_type_0 import NetworkCreateBodyIpamType0
    from .network_create_body_ipam_type_0_config_item import NetworkCreateBodyIpamType0ConfigItem
    from .network_driver import NetworkDriver
    from .network_import_body import NetworkImportBody
    from .network_import_result import NetworkImportResult
    from .network_import_result_errors_item import NetworkImportResultErrorsItem
    from .network_recreate_body import NetworkRecreateBody
    from .network_remove_body import NetworkRemoveBody
    from .network_swarm_item import NetworkSwarmItem
    from .notification import Notification
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
    from .notification_notification_type import NotificationNotificationType
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
    from .ntfy import Ntfy
    from .oidc_config import OidcConfig
    from .oidc_config_token_endpoint_authentication import OidcConfigTokenEndpointAuthentication
    from .organization import Organization
    from .organization_children_item_type_1 import OrganizationChildrenItemType1
    from .organization_create_body import OrganizationCreateBody
    from .organization_delete_body import OrganizationDeleteBody
    from .organization_invite_member_body import OrganizationInviteMemberBody
    from .organization_remove_invitation_body import OrganizationRemoveInvitationBody
    from .organization_set_default_body import OrganizationSetDefaultBody
    from .organization_set_default_result import OrganizationSetDefaultResult
    from .organization_update_body import OrganizationUpdateBody
    from .organization_update_member_role_body import OrganizationUpdateMemberRoleBody
    from .overview_backups_item import OverviewBackupsItem
    from .overview_domains_item import OverviewDomainsItem
    from .overview_services_item import OverviewServicesItem
    from .passkey import Passkey
    from .patch import Patch
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
    from .patch_type import PatchType
    from .patch_update_body import PatchUpdateBody
    from .patch_update_body_type import PatchUpdateBodyType
    from .permissions import Permissions
    from .placement_swarm import PlacementSwarm
    from .platforms_item import PlatformsItem
    from .port import Port
    from .port_create_body import PortCreateBody
    from .port_create_body_protocol import PortCreateBodyProtocol
    from .port_create_body_publish_mode import PortCreateBodyPublishMode
    from .port_delete_body import PortDeleteBody
    from .port_protocol import PortProtocol
    from .port_publish_mode import PortPublishMode
    from .port_update_body import PortUpdateBody
    from .port_update_body_protocol import PortUpdateBodyProtocol
    from .port_update_body_publish_mode import PortUpdateBodyPublishMode
    from .ports_item import PortsItem
    from .postgres import Postgres
    from .postgres_application_status import PostgresApplicationStatus
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
    from .postgres_search_result import PostgresSearchResult
    from .postgres_start_body import PostgresStartBody
    from .postgres_stop_body import PostgresStopBody
    from .postgres_update_body import PostgresUpdateBody
    from .postgres_update_body_application_status import PostgresUpdateBodyApplicationStatus
    from .preferences_item import PreferencesItem
    from .preview_deployment_delete_body import PreviewDeploymentDeleteBody
    from .preview_deployment_redeploy_body import PreviewDeploymentRedeployBody
    from .preview_deployments import PreviewDeployments
    from .preview_deployments_preview_status import PreviewDeploymentsPreviewStatus
    from .project import Project
    from .project_create_body import ProjectCreateBody
    from .project_create_result import ProjectCreateResult
    from .project_duplicate_body import ProjectDuplicateBody
    from .project_duplicate_body_selected_services_item import ProjectDuplicateBodySelectedServicesItem
    from .project_duplicate_body_selected_services_item_type import ProjectDuplicateBodySelectedServicesItemType
    from .project_home_stats_result import ProjectHomeStatsResult
    from .project_home_stats_result_status import ProjectHomeStatsResultStatus
    from .project_remove_body import ProjectRemoveBody
    from .project_search_result import ProjectSearchResult
    from .project_tag import ProjectTag
    from .project_update_body import ProjectUpdateBody
    from .pushover import Pushover
    from .redirect import Redirect
    from .redirects_create_body import RedirectsCreateBody
    from .redirects_delete_body import RedirectsDeleteBody
    from .redirects_update_body import RedirectsUpdateBody
    from .redis import Redis
    from .redis_application_status import RedisApplicationStatus
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
    from .redis_search_result import RedisSearchResult
    from .redis_start_body import RedisStartBody
    from .redis_stop_body import RedisStopBody
    from .redis_update_body import RedisUpdateBody
    from .redis_update_body_application_status import RedisUpdateBodyApplicationStatus
    from .registry import Registry
    from .registry_create_body import RegistryCreateBody
    from .registry_create_body_registry_type import RegistryCreateBodyRegistryType
    from .registry_registry_type import RegistryRegistryType
    from .registry_remove_body import RegistryRemoveBody
    from .registry_test_registry_body import RegistryTestRegistryBody
    from .registry_test_registry_body_registry_type import RegistryTestRegistryBodyRegistryType
    from .registry_test_registry_by_id_body import RegistryTestRegistryByIdBody
    from .registry_update_body import RegistryUpdateBody
    from .registry_update_body_registry_type import RegistryUpdateBodyRegistryType
    from .replicated import Replicated
    from .replicated_job import ReplicatedJob
    from .resend import Resend
    from .restart_policy_swarm import RestartPolicySwarm
    from .rollback import Rollback
    from .rollback_delete_body import RollbackDeleteBody
    from .rollback_rollback_body import RollbackRollbackBody
    from .saml_config import SamlConfig
    from .schedule import Schedule
    from .schedule_create_body import ScheduleCreateBody
    from .schedule_create_body_schedule_type import ScheduleCreateBodyScheduleType
    from .schedule_create_body_shell_type import ScheduleCreateBodyShellType
    from .schedule_delete_body import ScheduleDeleteBody
    from .schedule_list_schedule_type import ScheduleListScheduleType
    from .schedule_run_manually_body import ScheduleRunManuallyBody
    from .schedule_schedule_type import ScheduleScheduleType
    from .schedule_shell_type import ScheduleShellType
    from .schedule_update_body import ScheduleUpdateBody
    from .schedule_update_body_schedule_type import ScheduleUpdateBodyScheduleType
    from .schedule_update_body_shell_type import ScheduleUpdateBodyShellType
    from .scim_delete_provider_body import ScimDeleteProviderBody
    from .scim_delete_provider_response_200 import ScimDeleteProviderResponse200
    from .scim_generate_token_body import ScimGenerateTokenBody
    from .scim_generate_token_response_200 import ScimGenerateTokenResponse200
    from .security import Security
    from .security_create_body import SecurityCreateBody
    from .security_delete_body import SecurityDeleteBody
    from .security_update_body import SecurityUpdateBody
    from .server import Server
    from .server_2 import Server2
    from .server_create_body import ServerCreateBody
    from .server_create_body_server_type import ServerCreateBodyServerType
    from .server_get_server_time_result import ServerGetServerTimeResult
    from .server_remove_body import ServerRemoveBody
    from .server_server_status import ServerServerStatus
    from .server_server_type import ServerServerType
    from .server_setup_body import ServerSetupBody
    from .server_setup_monitoring_body import ServerSetupMonitoringBody
    from .server_update_body import ServerUpdateBody
    from .server_update_body_server_type import ServerUpdateBodyServerType
    from .server_update_builds_concurrency_body import ServerUpdateBuildsConcurrencyBody
    from .services import Services
    from .session import Session
    from .settings_assign_domain_server_body import SettingsAssignDomainServerBody
    from .settings_assign_domain_server_body_certificate_type import SettingsAssignDomainServerBodyCertificateType
    from .settings_check_gpu_status_result import SettingsCheckGPUStatusResult
    from .settings_check_infrastructure_health_result import SettingsCheckInfrastructureHealthResult
    from .settings_check_infrastructure_health_result_postgres import SettingsCheckInfrastructureHealthResultPostgres
    from .settings_check_infrastructure_health_result_traefik import SettingsCheckInfrastructureHealthResultTraefik
    from .settings_clean_all_body import SettingsCleanAllBody
    from .settings_clean_all_result import SettingsCleanAllResult
    from .settings_clean_docker_builder_body import SettingsCleanDockerBuilderBody
    from .settings_clean_docker_prune_body import SettingsCleanDockerPruneBody
    from .settings_clean_stopped_containers_body import SettingsCleanStoppedContainersBody
    from .settings_clean_unused_images_body import SettingsCleanUnusedImagesBody
    from .settings_clean_unused_volumes_body import SettingsCleanUnusedVolumesBody
    from .settings_get_log_cleanup_status_result import SettingsGetLogCleanupStatusResult
    from .settings_get_open_api_document_result import SettingsGetOpenApiDocumentResult
    from .settings_get_open_api_document_result_components import SettingsGetOpenApiDocumentResultComponents
    from .settings_get_open_api_document_result_components_schemas import (
        SettingsGetOpenApiDocumentResultComponentsSchemas,
    )
    from .settings_get_open_api_document_result_components_security_schemes import (
        SettingsGetOpenApiDocumentResultComponentsSecuritySchemes,
    )
    from .settings_get_open_api_document_result_components_security_schemes_api_key import (
        SettingsGetOpenApiDocumentResultComponentsSecuritySchemesApiKey,
    )
    from .settings_get_open_api_document_result_external_docs import SettingsGetOpenApiDocumentResultExternalDocs
    from .settings_get_open_api_document_result_info import SettingsGetOpenApiDocumentResultInfo
    from .settings_get_open_api_document_result_paths import SettingsGetOpenApiDocumentResultPaths
    from .settings_get_open_api_document_result_security_item import SettingsGetOpenApiDocumentResultSecurityItem
    from .settings_get_open_api_document_result_servers_item import SettingsGetOpenApiDocumentResultServersItem
    from .settings_get_update_data_result import SettingsGetUpdateDataResult
    from .settings_health_result import SettingsHealthResult
    from .settings_read_directories_response_200_item_type_1 import SettingsReadDirectoriesResponse200ItemType1
    from .settings_reload_traefik_body import SettingsReloadTraefikBody
    from .settings_save_ssh_private_key_body import SettingsSaveSshPrivateKeyBody
    from .settings_setup_gpu_body import SettingsSetupGpuBody
    from .settings_setup_gpu_response_200 import SettingsSetupGpuResponse200
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
    from .slack import Slack
    from .sp_metadata import SpMetadata
    from .spread import Spread
    from .ssh_key import SshKey
    from .ssh_key_create_body import SshKeyCreateBody
    from .ssh_key_generate_body import SshKeyGenerateBody
    from .ssh_key_generate_body_type import SshKeyGenerateBodyType
    from .ssh_key_generate_result import SshKeyGenerateResult
    from .ssh_key_remove_body import SshKeyRemoveBody
    from .ssh_key_update_body import SshKeyUpdateBody
    from .sso_add_trusted_origin_body import SsoAddTrustedOriginBody
    from .sso_add_trusted_origin_response_200 import SsoAddTrustedOriginResponse200
    from .sso_delete_provider_body import SsoDeleteProviderBody
    from .sso_delete_provider_response_200 import SsoDeleteProviderResponse200
    from .sso_register_body import SsoRegisterBody
    from .sso_register_response_200 import SsoRegisterResponse200
    from .sso_remove_trusted_origin_body import SsoRemoveTrustedOriginBody
    from .sso_remove_trusted_origin_response_200 import SsoRemoveTrustedOriginResponse200
    from .sso_update_body import SsoUpdateBody
    from .sso_update_response_200 import SsoUpdateResponse200
    from .sso_update_trusted_origin_body import SsoUpdateTrustedOriginBody
    from .sso_update_trusted_origin_response_200 import SsoUpdateTrustedOriginResponse200
    from .stripe_create_checkout_session_body import StripeCreateCheckoutSessionBody
    from .stripe_create_checkout_session_body_tier import StripeCreateCheckoutSessionBodyTier
    from .stripe_create_checkout_session_response_200 import StripeCreateCheckoutSessionResponse200
    from .stripe_update_invoice_notifications_body import StripeUpdateInvoiceNotificationsBody
    from .stripe_update_invoice_notifications_response_200 import StripeUpdateInvoiceNotificationsResponse200
    from .stripe_upgrade_subscription_body import StripeUpgradeSubscriptionBody
    from .stripe_upgrade_subscription_body_tier import StripeUpgradeSubscriptionBodyTier
    from .tag import Tag
    from .tag_assign_to_project_body import TagAssignToProjectBody
    from .tag_bulk_assign_body import TagBulkAssignBody
    from .tag_bulk_assign_result import TagBulkAssignResult
    from .tag_create_body import TagCreateBody
    from .tag_remove_body import TagRemoveBody
    from .tag_remove_from_project_body import TagRemoveFromProjectBody
    from .tag_remove_from_project_result import TagRemoveFromProjectResult
    from .tag_remove_result import TagRemoveResult
    from .tag_update_body import TagUpdateBody
    from .teams import Teams
    from .telegram import Telegram
    from .thresholds import Thresholds
    from .ulimits_swarm_item import UlimitsSwarmItem
    from .update_config_swarm import UpdateConfigSwarm
    from .user import User
    from .user_assign_permissions_body import UserAssignPermissionsBody
    from .user_create_api_key_body import UserCreateApiKeyBody
    from .user_create_api_key_body_metadata import UserCreateApiKeyBodyMetadata
    from .user_create_user_with_credentials_body import UserCreateUserWithCredentialsBody
    from .user_create_user_with_credentials_result import UserCreateUserWithCredentialsResult
    from .user_delete_api_key_body import UserDeleteApiKeyBody
    from .user_get_metrics_token_result import UserGetMetricsTokenResult
    from .user_get_metrics_token_result_metrics_config import UserGetMetricsTokenResultMetricsConfig
    from .user_get_metrics_token_result_metrics_config_containers import (
        UserGetMetricsTokenResultMetricsConfigContainers,
    )
    from .user_get_metrics_token_result_metrics_config_containers_services import (
        UserGetMetricsTokenResultMetricsConfigContainersServices,
    )
    from .user_get_metrics_token_result_metrics_config_server import UserGetMetricsTokenResultMetricsConfigServer
    from .user_get_metrics_token_result_metrics_config_server_thresholds import (
        UserGetMetricsTokenResultMetricsConfigServerThresholds,
    )
    from .user_get_permissions_result import UserGetPermissionsResult
    from .user_get_permissions_result_ac import UserGetPermissionsResultAc
    from .user_get_permissions_result_api import UserGetPermissionsResultApi
    from .user_get_permissions_result_audit_log import UserGetPermissionsResultAuditLog
    from .user_get_permissions_result_backup import UserGetPermissionsResultBackup
    from .user_get_permissions_result_certificate import UserGetPermissionsResultCertificate
    from .user_get_permissions_result_deployment import UserGetPermissionsResultDeployment
    from .user_get_permissions_result_destination import UserGetPermissionsResultDestination
    from .user_get_permissions_result_dns_provider import UserGetPermissionsResultDnsProvider
    from .user_get_permissions_result_docker import UserGetPermissionsResultDocker
    from .user_get_permissions_result_domain import UserGetPermissionsResultDomain
    from .user_get_permissions_result_env_vars import UserGetPermissionsResultEnvVars
    from .user_get_permissions_result_environment import UserGetPermissionsResultEnvironment
    from .user_get_permissions_result_environment_env_vars import UserGetPermissionsResultEnvironmentEnvVars
    from .user_get_permissions_result_git_providers import UserGetPermissionsResultGitProviders
    from .user_get_permissions_result_invitation import UserGetPermissionsResultInvitation
    from .user_get_permissions_result_logs import UserGetPermissionsResultLogs
    from .user_get_permissions_result_member import UserGetPermissionsResultMember
    from .user_get_permissions_result_monitoring import UserGetPermissionsResultMonitoring
    from .user_get_permissions_result_notification import UserGetPermissionsResultNotification
    from .user_get_permissions_result_organization import UserGetPermissionsResultOrganization
    from .user_get_permissions_result_project import UserGetPermissionsResultProject
    from .user_get_permissions_result_project_env_vars import UserGetPermissionsResultProjectEnvVars
    from .user_get_permissions_result_registry import UserGetPermissionsResultRegistry
    from .user_get_permissions_result_schedule import UserGetPermissionsResultSchedule
    from .user_get_permissions_result_server import UserGetPermissionsResultServer
    from .user_get_permissions_result_service import UserGetPermissionsResultService
    from .user_get_permissions_result_ssh_keys import UserGetPermissionsResultSshKeys
    from .user_get_permissions_result_tag import UserGetPermissionsResultTag
    from .user_get_permissions_result_team import UserGetPermissionsResultTeam
    from .user_get_permissions_result_traefik_files import UserGetPermissionsResultTraefikFiles
    from .user_get_permissions_result_vault_provider import UserGetPermissionsResultVaultProvider
    from .user_get_permissions_result_volume import UserGetPermissionsResultVolume
    from .user_get_permissions_result_volume_backup import UserGetPermissionsResultVolumeBackup
    from .user_list_sessions_item import UserListSessionsItem
    from .user_remove_body import UserRemoveBody
    from .user_revoke_session_body import UserRevokeSessionBody
    from .user_send_invitation_body import UserSendInvitationBody
    from .user_session_result import UserSessionResult
    from .user_toggle_template_bookmark_body import UserToggleTemplateBookmarkBody
    from .user_toggle_template_bookmark_result import UserToggleTemplateBookmarkResult
    from .user_update_body import UserUpdateBody
    from .vault_provider import VaultProvider
    from .vault_provider_create_body import VaultProviderCreateBody
    from .vault_provider_provider_type import VaultProviderProviderType
    from .vault_provider_remove_body import VaultProviderRemoveBody
    from .vault_provider_test_connection_body import VaultProviderTestConnectionBody
    from .vault_provider_update_body import VaultProviderUpdateBody
    from .volume_backup import VolumeBackup
    from .volume_backup_service_type import VolumeBackupServiceType
    from .volume_backups_create_body import VolumeBackupsCreateBody
    from .volume_backups_create_body_service_type import VolumeBackupsCreateBodyServiceType
    from .volume_backups_delete_body import VolumeBackupsDeleteBody
    from .volume_backups_list_volume_backup_type import VolumeBackupsListVolumeBackupType
    from .volume_backups_run_manually_body import VolumeBackupsRunManuallyBody
    from .volume_backups_update_body import VolumeBackupsUpdateBody
    from .volume_backups_update_body_service_type import VolumeBackupsUpdateBodyServiceType
    from .web_server_settings import WebServerSettings
    from .web_server_settings_certificate_type import WebServerSettingsCertificateType
    from .whitelabeling_reset_response_200 import WhitelabelingResetResponse200
    from .whitelabeling_update_body import WhitelabelingUpdateBody
    from .whitelabeling_update_body_whitelabeling_config import WhitelabelingUpdateBodyWhitelabelingConfig
    from .whitelabeling_update_response_200 import WhitelabelingUpdateResponse200

_MODULES: dict[str, str] = {
    "AdminSetupMonitoringBody": ".admin_setup_monitoring_body",
    "Ai": ".ai",
    "AiAnalyzeLogsBody": ".ai_analyze_logs_body",
    "AiAnalyzeLogsBodyContext": ".ai_analyze_logs_body_context",
    "AiAnalyzeLogsResponse200": ".ai_analyze_logs_response_200",
    "AiCreateBody": ".ai_create_body",
    "AiDeleteBody": ".ai_delete_body",
    "AiDeployBody": ".ai_deploy_body",
    "AiDeployBodyConfigFilesItem": ".ai_deploy_body_config_files_item",
    "AiDeployBodyDomainsItem": ".ai_deploy_body_domains_item",
    "AiGetCustomProvidersItem": ".ai_get_custom_providers_item",
    "AiSaveCustomProvidersBody": ".ai_save_custom_providers_body",
    "AiSaveCustomProvidersBodyProvidersItem": ".ai_save_custom_providers_body_providers_item",
    "AiSaveCustomProvidersItem": ".ai_save_custom_providers_item",
    "AiSuggestBody": ".ai_suggest_body",
    "AiTestConnectionBody": ".ai_test_connection_body",
    "AiTestConnectionResponse200": ".ai_test_connection_response_200",
    "AiUpdateBody": ".ai_update_body",
    "Apikey": ".apikey",
    "Application": ".application",
    "ApplicationApplicationStatus": ".application_application_status",
    "ApplicationBuildType": ".application_build_type",
    "ApplicationCancelDeploymentBody": ".application_cancel_deployment_body",
    "ApplicationCleanQueuesBody": ".application_clean_queues_body",
    "ApplicationClearDeploymentsBody": ".application_clear_deployments_body",
    "ApplicationCreateBody": ".application_create_body",
    "ApplicationCreateBodySourceType": ".application_create_body_source_type",
    "ApplicationDeleteBody": ".application_delete_body",
    "ApplicationDeployBody": ".application_deploy_body",
    "ApplicationDisconnectGitProviderBody": ".application_disconnect_git_provider_body",
    "ApplicationDropDeploymentBody": ".application_drop_deployment_body",
    "ApplicationEnvironmentType1": ".application_environment_type_1",
    "ApplicationKillBuildBody": ".application_kill_build_body",
    "ApplicationMarkRunningBody": ".application_mark_running_body",
    "ApplicationMoveBody": ".application_move_body",
    "ApplicationPreviewCertificateType": ".application_preview_certificate_type",
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
    "ApplicationSearchResult": ".application_search_result",
    "ApplicationSourceType": ".application_source_type",
    "ApplicationStartBody": ".application_start_body",
    "ApplicationStopBody": ".application_stop_body",
    "ApplicationTriggerTypeType0": ".application_trigger_type_type_0",
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
    "Backup": ".backup",
    "BackupBackupType": ".backup_backup_type",
    "BackupCreateBody": ".backup_create_body",
    "BackupCreateBodyBackupType": ".backup_create_body_backup_type",
    "BackupCreateBodyDatabaseType": ".backup_create_body_database_type",
    "BackupDatabaseType": ".backup_database_type",
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
    "Bitbucket": ".bitbucket",
    "BitbucketCreateBody": ".bitbucket_create_body",
    "BitbucketTestConnectionBody": ".bitbucket_test_connection_body",
    "BitbucketUpdateBody": ".bitbucket_update_body",
    "Certificate": ".certificate",
    "CertificatesCreateBody": ".certificates_create_body",
    "CertificatesRemoveBody": ".certificates_remove_body",
    "CertificatesUpdateBody": ".certificates_update_body",
    "ClusterRemoveWorkerBody": ".cluster_remove_worker_body",
    "Compose": ".compose",
    "ComposeCancelDeploymentBody": ".compose_cancel_deployment_body",
    "ComposeCleanQueuesBody": ".compose_clean_queues_body",
    "ComposeCleanQueuesResult": ".compose_clean_queues_result",
    "ComposeClearDeploymentsBody": ".compose_clear_deployments_body",
    "ComposeComposeStatus": ".compose_compose_status",
    "ComposeComposeType": ".compose_compose_type",
    "ComposeCreateBody": ".compose_create_body",
    "ComposeCreateBodyComposeType": ".compose_create_body_compose_type",
    "ComposeCreateBodySourceType": ".compose_create_body_source_type",
    "ComposeDeleteBody": ".compose_delete_body",
    "ComposeDeployBody": ".compose_deploy_body",
    "ComposeDeployResult": ".compose_deploy_result",
    "ComposeDeployTemplateBody": ".compose_deploy_template_body",
    "ComposeDisconnectGitProviderBody": ".compose_disconnect_git_provider_body",
    "ComposeFetchSourceTypeBody": ".compose_fetch_source_type_body",
    "ComposeImportBody": ".compose_import_body",
    "ComposeIsolatedDeploymentBody": ".compose_isolated_deployment_body",
    "ComposeKillBuildBody": ".compose_kill_build_body",
    "ComposeLoadServicesType": ".compose_load_services_type",
    "ComposeMoveBody": ".compose_move_body",
    "ComposePreviewTemplateBody": ".compose_preview_template_body",
    "ComposePreviewTemplateResult": ".compose_preview_template_result",
    "ComposePreviewTemplateResultTemplate": ".compose_preview_template_result_template",
    "ComposeProcessTemplateBody": ".compose_process_template_body",
    "ComposeProcessTemplateResult": ".compose_process_template_result",
    "ComposeProcessTemplateResultTemplate": ".compose_process_template_result_template",
    "ComposeRandomizeComposeBody": ".compose_randomize_compose_body",
    "ComposeRedeployBody": ".compose_redeploy_body",
    "ComposeRedeployResult": ".compose_redeploy_result",
    "ComposeRefreshTokenBody": ".compose_refresh_token_body",
    "ComposeSaveEnvironmentBody": ".compose_save_environment_body",
    "ComposeSearchResult": ".compose_search_result",
    "ComposeSourceType": ".compose_source_type",
    "ComposeStartBody": ".compose_start_body",
    "ComposeStopBody": ".compose_stop_body",
    "ComposeTriggerTypeType0": ".compose_trigger_type_type_0",
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
    "Custom": ".custom",
    "CustomRoleCreateBody": ".custom_role_create_body",
    "CustomRoleGetStatementsResult": ".custom_role_get_statements_result",
    "CustomRoleRemoveBody": ".custom_role_remove_body",
    "CustomRoleRemoveResponse200": ".custom_role_remove_response_200",
    "CustomRoleUpdateBody": ".custom_role_update_body",
    "Deployment": ".deployment",
    "DeploymentAllByTypeType": ".deployment_all_by_type_type",
    "DeploymentKillProcessBody": ".deployment_kill_process_body",
    "DeploymentRemoveDeploymentBody": ".deployment_remove_deployment_body",
    "DeploymentStatusType0": ".deployment_status_type_0",
    "Destination": ".destination",
    "DestinationCreateBody": ".destination_create_body",
    "DestinationRemoveBody": ".destination_remove_body",
    "DestinationTestConnectionBody": ".destination_test_connection_body",
    "DestinationUpdateBody": ".destination_update_body",
    "Discord": ".discord",
    "DnsProvider": ".dns_provider",
    "DnsProviderCreateBody": ".dns_provider_create_body",
    "DnsProviderCreateRecordBody": ".dns_provider_create_record_body",
    "DnsProviderCreateRecordBodyType": ".dns_provider_create_record_body_type",
    "DnsProviderDeleteRecordBody": ".dns_provider_delete_record_body",
    "DnsProviderProviderType": ".dns_provider_provider_type",
    "DnsProviderRemoveBody": ".dns_provider_remove_body",
    "DnsProviderTestConnectionBody": ".dns_provider_test_connection_body",
    "DnsProviderUpdateBody": ".dns_provider_update_body",
    "DnsProviderUpdateRecordBody": ".dns_provider_update_record_body",
    "DnsProviderUpdateRecordBodyType": ".dns_provider_update_record_body_type",
    "DockerDeleteContainerFileBody": ".docker_delete_container_file_body",
    "DockerDiskUsagePruneBuildCacheBody": ".docker_disk_usage_prune_build_cache_body",
    "DockerGetContainersByAppLabelType": ".docker_get_containers_by_app_label_type",
    "DockerGetContainersByAppNameMatchAppType": ".docker_get_containers_by_app_name_match_app_type",
    "DockerGetServerHealthResult": ".docker_get_server_health_result",
    "DockerGetServerHealthResultContainers": ".docker_get_server_health_result_containers",
    "DockerGetServerHealthResultDaemonLogsWindow": ".docker_get_server_health_result_daemon_logs_window",
    "DockerGetServerHealthResultDisk": ".docker_get_server_health_result_disk",
    "DockerGetServerHealthResultDockerNetworks": ".docker_get_server_health_result_docker_networks",
    "DockerGetServerHealthResultInotify": ".docker_get_server_health_result_inotify",
    "DockerGetServerHealthResultReservation": ".docker_get_server_health_result_reservation",
    "DockerGetServerHealthResultResources": ".docker_get_server_health_result_resources",
    "DockerImageRemoveImageBody": ".docker_image_remove_image_body",
    "DockerKillContainerBody": ".docker_kill_container_body",
    "DockerRemoveContainerBody": ".docker_remove_container_body",
    "DockerRestartContainerBody": ".docker_restart_container_body",
    "DockerStartContainerBody": ".docker_start_container_body",
    "DockerStopContainerBody": ".docker_stop_container_body",
    "DockerUploadFileToContainerBody": ".docker_upload_file_to_container_body",
    "DockerUploadFileToContainerResponse200": ".docker_upload_file_to_container_response_200",
    "DockerVolumeDeleteVolumeFileBody": ".docker_volume_delete_volume_file_body",
    "DockerVolumeRemoveVolumeBody": ".docker_volume_remove_volume_body",
    "DockerVolumeWriteVolumeFileBody": ".docker_volume_write_volume_file_body",
    "DockerWriteContainerFileBody": ".docker_write_container_file_body",
    "Domain": ".domain",
    "DomainCertificateType": ".domain_certificate_type",
    "DomainCreateBody": ".domain_create_body",
    "DomainCreateBodyCertificateType": ".domain_create_body_certificate_type",
    "DomainCreateBodyDomainTypeType0": ".domain_create_body_domain_type_type_0",
    "DomainDeleteBody": ".domain_delete_body",
    "DomainDomainTypeType0": ".domain_domain_type_type_0",
    "DomainGenerateDomainBody": ".domain_generate_domain_body",
    "DomainToggleEnableBody": ".domain_toggle_enable_body",
    "DomainUpdateBody": ".domain_update_body",
    "DomainUpdateBodyCertificateType": ".domain_update_body_certificate_type",
    "DomainUpdateBodyDomainTypeType0": ".domain_update_body_domain_type_type_0",
    "DomainValidateDomainBody": ".domain_validate_domain_body",
    "DomainValidateDomainResult": ".domain_validate_domain_result",
    "Email": ".email",
    "EndpointSpecSwarm": ".endpoint_spec_swarm",
    "Environment": ".environment",
    "EnvironmentCreateBody": ".environment_create_body",
    "EnvironmentDuplicateBody": ".environment_duplicate_body",
    "EnvironmentRemoveBody": ".environment_remove_body",
    "EnvironmentSearchResult": ".environment_search_result",
    "EnvironmentUpdateBody": ".environment_update_body",
    "ExtraFields": ".extra_fields",
    "ForwardAuthDeployOnServerBody": ".forward_auth_deploy_on_server_body",
    "ForwardAuthDisableBody": ".forward_auth_disable_body",
    "ForwardAuthDisableResult": ".forward_auth_disable_result",
    "ForwardAuthEnableBody": ".forward_auth_enable_body",
    "ForwardAuthRemoveAuthDomainBody": ".forward_auth_remove_auth_domain_body",
    "ForwardAuthRemoveOnServerBody": ".forward_auth_remove_on_server_body",
    "ForwardAuthSetAuthDomainBody": ".forward_auth_set_auth_domain_body",
    "ForwardAuthSetAuthDomainBodyCertificateType": ".forward_auth_set_auth_domain_body_certificate_type",
    "ForwardAuthStatusResult": ".forward_auth_status_result",
    "GitProvider": ".git_provider",
    "GitProviderBitbucketType0": ".git_provider_bitbucket_type_0",
    "GitProviderProviderType": ".git_provider_provider_type",
    "GitProviderRemoveBody": ".git_provider_remove_body",
    "GitProviderToggleShareBody": ".git_provider_toggle_share_body",
    "Gitea": ".gitea",
    "GiteaCreateBody": ".gitea_create_body",
    "GiteaTestConnectionBody": ".gitea_test_connection_body",
    "GiteaUpdateBody": ".gitea_update_body",
    "GiteaUpdateResult": ".gitea_update_result",
    "Github": ".github",
    "GithubTestConnectionBody": ".github_test_connection_body",
    "GithubUpdateBody": ".github_update_body",
    "Gitlab": ".gitlab",
    "GitlabCreateBody": ".gitlab_create_body",
    "GitlabTestConnectionBody": ".gitlab_test_connection_body",
    "GitlabUpdateBody": ".gitlab_update_body",
    "Global": ".global_",
    "Gotify": ".gotify",
    "HealthCheckSwarm": ".health_check_swarm",
    "IdpMetadata": ".idp_metadata",
    "Invitation": ".invitation",
    "LabelsSwarm": ".labels_swarm",
    "Lark": ".lark",
    "Libsql": ".libsql",
    "LibsqlApplicationStatus": ".libsql_application_status",
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
    "LibsqlSqldNode": ".libsql_sqld_node",
    "LibsqlStartBody": ".libsql_start_body",
    "LibsqlStopBody": ".libsql_stop_body",
    "LibsqlUpdateBody": ".libsql_update_body",
    "LibsqlUpdateBodyApplicationStatus": ".libsql_update_body_application_status",
    "LibsqlUpdateBodySqldNode": ".libsql_update_body_sqld_node",
    "LicenseKeyActivateBody": ".license_key_activate_body",
    "LicenseKeyActivateResponse200": ".license_key_activate_response_200",
    "LicenseKeyDeactivateResponse200": ".license_key_deactivate_response_200",
    "LicenseKeyGetEnterpriseSettingsResult": ".license_key_get_enterprise_settings_result",
    "LicenseKeyUpdateEnterpriseSettingsBody": ".license_key_update_enterprise_settings_body",
    "Mapping": ".mapping",
    "Mapping2": ".mapping_2",
    "Mariadb": ".mariadb",
    "MariadbApplicationStatus": ".mariadb_application_status",
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
    "MariadbSearchResult": ".mariadb_search_result",
    "MariadbStartBody": ".mariadb_start_body",
    "MariadbStopBody": ".mariadb_stop_body",
    "MariadbUpdateBody": ".mariadb_update_body",
    "MariadbUpdateBodyApplicationStatus": ".mariadb_update_body_application_status",
    "Mattermost": ".mattermost",
    "Member": ".member",
    "MetricsConfig": ".metrics_config",
    "ModeSwarm": ".mode_swarm",
    "Mongo": ".mongo",
    "MongoApplicationStatus": ".mongo_application_status",
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
    "MongoSearchResult": ".mongo_search_result",
    "MongoStartBody": ".mongo_start_body",
    "MongoStopBody": ".mongo_stop_body",
    "MongoUpdateBody": ".mongo_update_body",
    "MongoUpdateBodyApplicationStatus": ".mongo_update_body_application_status",
    "Mount": ".mount",
    "MountServiceType": ".mount_service_type",
    "MountType": ".mount_type",
    "MountsCreateBody": ".mounts_create_body",
    "MountsCreateBodyServiceType": ".mounts_create_body_service_type",
    "MountsCreateBodyType": ".mounts_create_body_type",
    "MountsRemoveBody": ".mounts_remove_body",
    "MountsUpdateBody": ".mounts_update_body",
    "MountsUpdateBodyServiceType": ".mounts_update_body_service_type",
    "MountsUpdateBodyType": ".mounts_update_body_type",
    "Mysql": ".mysql",
    "MysqlApplicationStatus": ".mysql_application_status",
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
    "MysqlSearchResult": ".mysql_search_result",
    "MysqlStartBody": ".mysql_start_body",
    "MysqlStopBody": ".mysql_stop_body",
    "MysqlUpdateBody": ".mysql_update_body",
    "MysqlUpdateBodyApplicationStatus": ".mysql_update_body_application_status",
    "Network": ".network",
    "NetworkCreateBody": ".network_create_body",
    "NetworkCreateBodyDriver": ".network_create_body_driver",
    "NetworkCreateBodyIpamType0": ".network_create_body_ipam_type_0",
    "NetworkCreateBodyIpamType0ConfigItem": ".network_create_body_ipam_type_0_config_item",
    "NetworkDriver": ".network_driver",
    "NetworkImportBody": ".network_import_body",
    "NetworkImportResult": ".network_import_result",
    "NetworkImportResultErrorsItem": ".network_import_result_errors_item",
    "NetworkRecreateBody": ".network_recreate_body",
    "NetworkRemoveBody": ".network_remove_body",
    "NetworkSwarmItem": ".network_swarm_item",
    "Notification": ".notification",
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
    "NotificationNotificationType": ".notification_notification_type",
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
    "Ntfy": ".ntfy",
    "OidcConfig": ".oidc_config",
    "OidcConfigTokenEndpointAuthentication": ".oidc_config_token_endpoint_authentication",
    "Organization": ".organization",
    "OrganizationChildrenItemType1": ".organization_children_item_type_1",
    "OrganizationCreateBody": ".organization_create_body",
    "OrganizationDeleteBody": ".organization_delete_body",
    "OrganizationInviteMemberBody": ".organization_invite_member_body",
    "OrganizationRemoveInvitationBody": ".organization_remove_invitation_body",
    "OrganizationSetDefaultBody": ".organization_set_default_body",
    "OrganizationSetDefaultResult": ".organization_set_default_result",
    "OrganizationUpdateBody": ".organization_update_body",
    "OrganizationUpdateMemberRoleBody": ".organization_update_member_role_body",
    "OverviewBackupsItem": ".overview_backups_item",
    "OverviewDomainsItem": ".overview_domains_item",
    "OverviewServicesItem": ".overview_services_item",
    "Passkey": ".passkey",
    "Patch": ".patch",
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
    "PatchType": ".patch_type",
    "PatchUpdateBody": ".patch_update_body",
    "PatchUpdateBodyType": ".patch_update_body_type",
    "Permissions": ".permissions",
    "PlacementSwarm": ".placement_swarm",
    "PlatformsItem": ".platforms_item",
    "Port": ".port",
    "PortCreateBody": ".port_create_body",
    "PortCreateBodyProtocol": ".port_create_body_protocol",
    "PortCreateBodyPublishMode": ".port_create_body_publish_mode",
    "PortDeleteBody": ".port_delete_body",
    "PortProtocol": ".port_protocol",
    "PortPublishMode": ".port_publish_mode",
    "PortUpdateBody": ".port_update_body",
    "PortUpdateBodyProtocol": ".port_update_body_protocol",
    "PortUpdateBodyPublishMode": ".port_update_body_publish_mode",
    "PortsItem": ".ports_item",
    "Postgres": ".postgres",
    "PostgresApplicationStatus": ".postgres_application_status",
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
    "PostgresSearchResult": ".postgres_search_result",
    "PostgresStartBody": ".postgres_start_body",
    "PostgresStopBody": ".postgres_stop_body",
    "PostgresUpdateBody": ".postgres_update_body",
    "PostgresUpdateBodyApplicationStatus": ".postgres_update_body_application_status",
    "PreferencesItem": ".preferences_item",
    "PreviewDeploymentDeleteBody": ".preview_deployment_delete_body",
    "PreviewDeploymentRedeployBody": ".preview_deployment_redeploy_body",
    "PreviewDeployments": ".preview_deployments",
    "PreviewDeploymentsPreviewStatus": ".preview_deployments_preview_status",
    "Project": ".project",
    "ProjectCreateBody": ".project_create_body",
    "ProjectCreateResult": ".project_create_result",
    "ProjectDuplicateBody": ".project_duplicate_body",
    "ProjectDuplicateBodySelectedServicesItem": ".project_duplicate_body_selected_services_item",
    "ProjectDuplicateBodySelectedServicesItemType": ".project_duplicate_body_selected_services_item_type",
    "ProjectHomeStatsResult": ".project_home_stats_result",
    "ProjectHomeStatsResultStatus": ".project_home_stats_result_status",
    "ProjectRemoveBody": ".project_remove_body",
    "ProjectSearchResult": ".project_search_result",
    "ProjectTag": ".project_tag",
    "ProjectUpdateBody": ".project_update_body",
    "Pushover": ".pushover",
    "Redirect": ".redirect",
    "RedirectsCreateBody": ".redirects_create_body",
    "RedirectsDeleteBody": ".redirects_delete_body",
    "RedirectsUpdateBody": ".redirects_update_body",
    "Redis": ".redis",
    "RedisApplicationStatus": ".redis_application_status",
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
    "RedisSearchResult": ".redis_search_result",
    "RedisStartBody": ".redis_start_body",
    "RedisStopBody": ".redis_stop_body",
    "RedisUpdateBody": ".redis_update_body",
    "RedisUpdateBodyApplicationStatus": ".redis_update_body_application_status",
    "Registry": ".registry",
    "RegistryCreateBody": ".registry_create_body",
    "RegistryCreateBodyRegistryType": ".registry_create_body_registry_type",
    "RegistryRegistryType": ".registry_registry_type",
    "RegistryRemoveBody": ".registry_remove_body",
    "RegistryTestRegistryBody": ".registry_test_registry_body",
    "RegistryTestRegistryBodyRegistryType": ".registry_test_registry_body_registry_type",
    "RegistryTestRegistryByIdBody": ".registry_test_registry_by_id_body",
    "RegistryUpdateBody": ".registry_update_body",
    "RegistryUpdateBodyRegistryType": ".registry_update_body_registry_type",
    "Replicated": ".replicated",
    "ReplicatedJob": ".replicated_job",
    "Resend": ".resend",
    "RestartPolicySwarm": ".restart_policy_swarm",
    "Rollback": ".rollback",
    "RollbackDeleteBody": ".rollback_delete_body",
    "RollbackRollbackBody": ".rollback_rollback_body",
    "SamlConfig": ".saml_config",
    "Schedule": ".schedule",
    "ScheduleCreateBody": ".schedule_create_body",
    "ScheduleCreateBodyScheduleType": ".schedule_create_body_schedule_type",
    "ScheduleCreateBodyShellType": ".schedule_create_body_shell_type",
    "ScheduleDeleteBody": ".schedule_delete_body",
    "ScheduleListScheduleType": ".schedule_list_schedule_type",
    "ScheduleRunManuallyBody": ".schedule_run_manually_body",
    "ScheduleScheduleType": ".schedule_schedule_type",
    "ScheduleShellType": ".schedule_shell_type",
    "ScheduleUpdateBody": ".schedule_update_body",
    "ScheduleUpdateBodyScheduleType": ".schedule_update_body_schedule_type",
    "ScheduleUpdateBodyShellType": ".schedule_update_body_shell_type",
    "ScimDeleteProviderBody": ".scim_delete_provider_body",
    "ScimDeleteProviderResponse200": ".scim_delete_provider_response_200",
    "ScimGenerateTokenBody": ".scim_generate_token_body",
    "ScimGenerateTokenResponse200": ".scim_generate_token_response_200",
    "Security": ".security",
    "SecurityCreateBody": ".security_create_body",
    "SecurityDeleteBody": ".security_delete_body",
    "SecurityUpdateBody": ".security_update_body",
    "Server": ".server",
    "Server2": ".server_2",
    "ServerCreateBody": ".server_create_body",
    "ServerCreateBodyServerType": ".server_create_body_server_type",
    "ServerGetServerTimeResult": ".server_get_server_time_result",
    "ServerRemoveBody": ".server_remove_body",
    "ServerServerStatus": ".server_server_status",
    "ServerServerType": ".server_server_type",
    "ServerSetupBody": ".server_setup_body",
    "ServerSetupMonitoringBody": ".server_setup_monitoring_body",
    "ServerUpdateBody": ".server_update_body",
    "ServerUpdateBodyServerType": ".server_update_body_server_type",
    "ServerUpdateBuildsConcurrencyBody": ".server_update_builds_concurrency_body",
    "Services": ".services",
    "Session": ".session",
    "SettingsAssignDomainServerBody": ".settings_assign_domain_server_body",
    "SettingsAssignDomainServerBodyCertificateType": ".settings_assign_domain_server_body_certificate_type",
    "SettingsCheckGPUStatusResult": ".settings_check_gpu_status_result",
    "SettingsCheckInfrastructureHealthResult": ".settings_check_infrastructure_health_result",
    "SettingsCheckInfrastructureHealthResultPostgres": ".settings_check_infrastructure_health_result_postgres",
    "SettingsCheckInfrastructureHealthResultTraefik": ".settings_check_infrastructure_health_result_traefik",
    "SettingsCleanAllBody": ".settings_clean_all_body",
    "SettingsCleanAllResult": ".settings_clean_all_result",
    "SettingsCleanDockerBuilderBody": ".settings_clean_docker_builder_body",
    "SettingsCleanDockerPruneBody": ".settings_clean_docker_prune_body",
    "SettingsCleanStoppedContainersBody": ".settings_clean_stopped_containers_body",
    "SettingsCleanUnusedImagesBody": ".settings_clean_unused_images_body",
    "SettingsCleanUnusedVolumesBody": ".settings_clean_unused_volumes_body",
    "SettingsGetLogCleanupStatusResult": ".settings_get_log_cleanup_status_result",
    "SettingsGetOpenApiDocumentResult": ".settings_get_open_api_document_result",
    "SettingsGetOpenApiDocumentResultComponents": ".settings_get_open_api_document_result_components",
    "SettingsGetOpenApiDocumentResultComponentsSchemas": ".settings_get_open_api_document_result_components_schemas",
    "SettingsGetOpenApiDocumentResultComponentsSecuritySchemes": ".settings_get_open_api_document_result_components_security_schemes",
    "SettingsGetOpenApiDocumentResultComponentsSecuritySchemesApiKey": ".settings_get_open_api_document_result_components_security_schemes_api_key",
    "SettingsGetOpenApiDocumentResultExternalDocs": ".settings_get_open_api_document_result_external_docs",
    "SettingsGetOpenApiDocumentResultInfo": ".settings_get_open_api_document_result_info",
    "SettingsGetOpenApiDocumentResultPaths": ".settings_get_open_api_document_result_paths",
    "SettingsGetOpenApiDocumentResultSecurityItem": ".settings_get_open_api_document_result_security_item",
    "SettingsGetOpenApiDocumentResultServersItem": ".settings_get_open_api_document_result_servers_item",
    "SettingsGetUpdateDataResult": ".settings_get_update_data_result",
    "SettingsHealthResult": ".settings_health_result",
    "SettingsReadDirectoriesResponse200ItemType1": ".settings_read_directories_response_200_item_type_1",
    "SettingsReloadTraefikBody": ".settings_reload_traefik_body",
    "SettingsSaveSshPrivateKeyBody": ".settings_save_ssh_private_key_body",
    "SettingsSetupGpuBody": ".settings_setup_gpu_body",
    "SettingsSetupGpuResponse200": ".settings_setup_gpu_response_200",
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
    "Slack": ".slack",
    "SpMetadata": ".sp_metadata",
    "Spread": ".spread",
    "SshKey": ".ssh_key",
    "SshKeyCreateBody": ".ssh_key_create_body",
    "SshKeyGenerateBody": ".ssh_key_generate_body",
    "SshKeyGenerateBodyType": ".ssh_key_generate_body_type",
    "SshKeyGenerateResult": ".ssh_key_generate_result",
    "SshKeyRemoveBody": ".ssh_key_remove_body",
    "SshKeyUpdateBody": ".ssh_key_update_body",
    "SsoAddTrustedOriginBody": ".sso_add_trusted_origin_body",
    "SsoAddTrustedOriginResponse200": ".sso_add_trusted_origin_response_200",
    "SsoDeleteProviderBody": ".sso_delete_provider_body",
    "SsoDeleteProviderResponse200": ".sso_delete_provider_response_200",
    "SsoRegisterBody": ".sso_register_body",
    "SsoRegisterResponse200": ".sso_register_response_200",
    "SsoRemoveTrustedOriginBody": ".sso_remove_trusted_origin_body",
    "SsoRemoveTrustedOriginResponse200": ".sso_remove_trusted_origin_response_200",
    "SsoUpdateBody": ".sso_update_body",
    "SsoUpdateResponse200": ".sso_update_response_200",
    "SsoUpdateTrustedOriginBody": ".sso_update_trusted_origin_body",
    "SsoUpdateTrustedOriginResponse200": ".sso_update_trusted_origin_response_200",
    "StripeCreateCheckoutSessionBody": ".stripe_create_checkout_session_body",
    "StripeCreateCheckoutSessionBodyTier": ".stripe_create_checkout_session_body_tier",
    "StripeCreateCheckoutSessionResponse200": ".stripe_create_checkout_session_response_200",
    "StripeUpdateInvoiceNotificationsBody": ".stripe_update_invoice_notifications_body",
    "StripeUpdateInvoiceNotificationsResponse200": ".stripe_update_invoice_notifications_response_200",
    "StripeUpgradeSubscriptionBody": ".stripe_upgrade_subscription_body",
    "StripeUpgradeSubscriptionBodyTier": ".stripe_upgrade_subscription_body_tier",
    "Tag": ".tag",
    "TagAssignToProjectBody": ".tag_assign_to_project_body",
    "TagBulkAssignBody": ".tag_bulk_assign_body",
    "TagBulkAssignResult": ".tag_bulk_assign_result",
    "TagCreateBody": ".tag_create_body",
    "TagRemoveBody": ".tag_remove_body",
    "TagRemoveFromProjectBody": ".tag_remove_from_project_body",
    "TagRemoveFromProjectResult": ".tag_remove_from_project_result",
    "TagRemoveResult": ".tag_remove_result",
    "TagUpdateBody": ".tag_update_body",
    "Teams": ".teams",
    "Telegram": ".telegram",
    "Thresholds": ".thresholds",
    "UlimitsSwarmItem": ".ulimits_swarm_item",
    "UpdateConfigSwarm": ".update_config_swarm",
    "User": ".user",
    "UserAssignPermissionsBody": ".user_assign_permissions_body",
    "UserCreateApiKeyBody": ".user_create_api_key_body",
    "UserCreateApiKeyBodyMetadata": ".user_create_api_key_body_metadata",
    "UserCreateUserWithCredentialsBody": ".user_create_user_with_credentials_body",
    "UserCreateUserWithCredentialsResult": ".user_create_user_with_credentials_result",
    "UserDeleteApiKeyBody": ".user_delete_api_key_body",
    "UserGetMetricsTokenResult": ".user_get_metrics_token_result",
    "UserGetMetricsTokenResultMetricsConfig": ".user_get_metrics_token_result_metrics_config",
    "UserGetMetricsTokenResultMetricsConfigContainers": ".user_get_metrics_token_result_metrics_config_containers",
    "UserGetMetricsTokenResultMetricsConfigContainersServices": ".user_get_metrics_token_result_metrics_config_containers_services",
    "UserGetMetricsTokenResultMetricsConfigServer": ".user_get_metrics_token_result_metrics_config_server",
    "UserGetMetricsTokenResultMetricsConfigServerThresholds": ".user_get_metrics_token_result_metrics_config_server_thresholds",
    "UserGetPermissionsResult": ".user_get_permissions_result",
    "UserGetPermissionsResultAc": ".user_get_permissions_result_ac",
    "UserGetPermissionsResultApi": ".user_get_permissions_result_api",
    "UserGetPermissionsResultAuditLog": ".user_get_permissions_result_audit_log",
    "UserGetPermissionsResultBackup": ".user_get_permissions_result_backup",
    "UserGetPermissionsResultCertificate": ".user_get_permissions_result_certificate",
    "UserGetPermissionsResultDeployment": ".user_get_permissions_result_deployment",
    "UserGetPermissionsResultDestination": ".user_get_permissions_result_destination",
    "UserGetPermissionsResultDnsProvider": ".user_get_permissions_result_dns_provider",
    "UserGetPermissionsResultDocker": ".user_get_permissions_result_docker",
    "UserGetPermissionsResultDomain": ".user_get_permissions_result_domain",
    "UserGetPermissionsResultEnvVars": ".user_get_permissions_result_env_vars",
    "UserGetPermissionsResultEnvironment": ".user_get_permissions_result_environment",
    "UserGetPermissionsResultEnvironmentEnvVars": ".user_get_permissions_result_environment_env_vars",
    "UserGetPermissionsResultGitProviders": ".user_get_permissions_result_git_providers",
    "UserGetPermissionsResultInvitation": ".user_get_permissions_result_invitation",
    "UserGetPermissionsResultLogs": ".user_get_permissions_result_logs",
    "UserGetPermissionsResultMember": ".user_get_permissions_result_member",
    "UserGetPermissionsResultMonitoring": ".user_get_permissions_result_monitoring",
    "UserGetPermissionsResultNotification": ".user_get_permissions_result_notification",
    "UserGetPermissionsResultOrganization": ".user_get_permissions_result_organization",
    "UserGetPermissionsResultProject": ".user_get_permissions_result_project",
    "UserGetPermissionsResultProjectEnvVars": ".user_get_permissions_result_project_env_vars",
    "UserGetPermissionsResultRegistry": ".user_get_permissions_result_registry",
    "UserGetPermissionsResultSchedule": ".user_get_permissions_result_schedule",
    "UserGetPermissionsResultServer": ".user_get_permissions_result_server",
    "UserGetPermissionsResultService": ".user_get_permissions_result_service",
    "UserGetPermissionsResultSshKeys": ".user_get_permissions_result_ssh_keys",
    "UserGetPermissionsResultTag": ".user_get_permissions_result_tag",
    "UserGetPermissionsResultTeam": ".user_get_permissions_result_team",
    "UserGetPermissionsResultTraefikFiles": ".user_get_permissions_result_traefik_files",
    "UserGetPermissionsResultVaultProvider": ".user_get_permissions_result_vault_provider",
    "UserGetPermissionsResultVolume": ".user_get_permissions_result_volume",
    "UserGetPermissionsResultVolumeBackup": ".user_get_permissions_result_volume_backup",
    "UserListSessionsItem": ".user_list_sessions_item",
    "UserRemoveBody": ".user_remove_body",
    "UserRevokeSessionBody": ".user_revoke_session_body",
    "UserSendInvitationBody": ".user_send_invitation_body",
    "UserSessionResult": ".user_session_result",
    "UserToggleTemplateBookmarkBody": ".user_toggle_template_bookmark_body",
    "UserToggleTemplateBookmarkResult": ".user_toggle_template_bookmark_result",
    "UserUpdateBody": ".user_update_body",
    "VaultProvider": ".vault_provider",
    "VaultProviderCreateBody": ".vault_provider_create_body",
    "VaultProviderProviderType": ".vault_provider_provider_type",
    "VaultProviderRemoveBody": ".vault_provider_remove_body",
    "VaultProviderTestConnectionBody": ".vault_provider_test_connection_body",
    "VaultProviderUpdateBody": ".vault_provider_update_body",
    "VolumeBackup": ".volume_backup",
    "VolumeBackupServiceType": ".volume_backup_service_type",
    "VolumeBackupsCreateBody": ".volume_backups_create_body",
    "VolumeBackupsCreateBodyServiceType": ".volume_backups_create_body_service_type",
    "VolumeBackupsDeleteBody": ".volume_backups_delete_body",
    "VolumeBackupsListVolumeBackupType": ".volume_backups_list_volume_backup_type",
    "VolumeBackupsRunManuallyBody": ".volume_backups_run_manually_body",
    "VolumeBackupsUpdateBody": ".volume_backups_update_body",
    "VolumeBackupsUpdateBodyServiceType": ".volume_backups_update_body_service_type",
    "WebServerSettings": ".web_server_settings",
    "WebServerSettingsCertificateType": ".web_server_settings_certificate_type",
    "WhitelabelingResetResponse200": ".whitelabeling_reset_response_200",
    "WhitelabelingUpdateBody": ".whitelabeling_update_body",
    "WhitelabelingUpdateBodyWhitelabelingConfig": ".whitelabeling_update_body_whitelabeling_config",
    "WhitelabelingUpdateResponse200": ".whitelabeling_update_response_200",
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
    "Ai",
    "AiAnalyzeLogsBody",
    "AiAnalyzeLogsBodyContext",
    "AiAnalyzeLogsResponse200",
    "AiCreateBody",
    "AiDeleteBody",
    "AiDeployBody",
    "AiDeployBodyConfigFilesItem",
    "AiDeployBodyDomainsItem",
    "AiGetCustomProvidersItem",
    "AiSaveCustomProvidersBody",
    "AiSaveCustomProvidersBodyProvidersItem",
    "AiSaveCustomProvidersItem",
    "AiSuggestBody",
    "AiTestConnectionBody",
    "AiTestConnectionResponse200",
    "AiUpdateBody",
    "Apikey",
    "Application",
    "ApplicationApplicationStatus",
    "ApplicationBuildType",
    "ApplicationCancelDeploymentBody",
    "ApplicationCleanQueuesBody",
    "ApplicationClearDeploymentsBody",
    "ApplicationCreateBody",
    "ApplicationCreateBodySourceType",
    "ApplicationDeleteBody",
    "ApplicationDeployBody",
    "ApplicationDisconnectGitProviderBody",
    "ApplicationDropDeploymentBody",
    "ApplicationEnvironmentType1",
    "ApplicationKillBuildBody",
    "ApplicationMarkRunningBody",
    "ApplicationMoveBody",
    "ApplicationPreviewCertificateType",
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
    "ApplicationSearchResult",
    "ApplicationSourceType",
    "ApplicationStartBody",
    "ApplicationStopBody",
    "ApplicationTriggerTypeType0",
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
    "Backup",
    "BackupBackupType",
    "BackupCreateBody",
    "BackupCreateBodyBackupType",
    "BackupCreateBodyDatabaseType",
    "BackupDatabaseType",
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
    "Bitbucket",
    "BitbucketCreateBody",
    "BitbucketTestConnectionBody",
    "BitbucketUpdateBody",
    "Certificate",
    "CertificatesCreateBody",
    "CertificatesRemoveBody",
    "CertificatesUpdateBody",
    "ClusterRemoveWorkerBody",
    "Compose",
    "ComposeCancelDeploymentBody",
    "ComposeCleanQueuesBody",
    "ComposeCleanQueuesResult",
    "ComposeClearDeploymentsBody",
    "ComposeComposeStatus",
    "ComposeComposeType",
    "ComposeCreateBody",
    "ComposeCreateBodyComposeType",
    "ComposeCreateBodySourceType",
    "ComposeDeleteBody",
    "ComposeDeployBody",
    "ComposeDeployResult",
    "ComposeDeployTemplateBody",
    "ComposeDisconnectGitProviderBody",
    "ComposeFetchSourceTypeBody",
    "ComposeImportBody",
    "ComposeIsolatedDeploymentBody",
    "ComposeKillBuildBody",
    "ComposeLoadServicesType",
    "ComposeMoveBody",
    "ComposePreviewTemplateBody",
    "ComposePreviewTemplateResult",
    "ComposePreviewTemplateResultTemplate",
    "ComposeProcessTemplateBody",
    "ComposeProcessTemplateResult",
    "ComposeProcessTemplateResultTemplate",
    "ComposeRandomizeComposeBody",
    "ComposeRedeployBody",
    "ComposeRedeployResult",
    "ComposeRefreshTokenBody",
    "ComposeSaveEnvironmentBody",
    "ComposeSearchResult",
    "ComposeSourceType",
    "ComposeStartBody",
    "ComposeStopBody",
    "ComposeTriggerTypeType0",
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
    "Custom",
    "CustomRoleCreateBody",
    "CustomRoleGetStatementsResult",
    "CustomRoleRemoveBody",
    "CustomRoleRemoveResponse200",
    "CustomRoleUpdateBody",
    "Deployment",
    "DeploymentAllByTypeType",
    "DeploymentKillProcessBody",
    "DeploymentRemoveDeploymentBody",
    "DeploymentStatusType0",
    "Destination",
    "DestinationCreateBody",
    "DestinationRemoveBody",
    "DestinationTestConnectionBody",
    "DestinationUpdateBody",
    "Discord",
    "DnsProvider",
    "DnsProviderCreateBody",
    "DnsProviderCreateRecordBody",
    "DnsProviderCreateRecordBodyType",
    "DnsProviderDeleteRecordBody",
    "DnsProviderProviderType",
    "DnsProviderRemoveBody",
    "DnsProviderTestConnectionBody",
    "DnsProviderUpdateBody",
    "DnsProviderUpdateRecordBody",
    "DnsProviderUpdateRecordBodyType",
    "DockerDeleteContainerFileBody",
    "DockerDiskUsagePruneBuildCacheBody",
    "DockerGetContainersByAppLabelType",
    "DockerGetContainersByAppNameMatchAppType",
    "DockerGetServerHealthResult",
    "DockerGetServerHealthResultContainers",
    "DockerGetServerHealthResultDaemonLogsWindow",
    "DockerGetServerHealthResultDisk",
    "DockerGetServerHealthResultDockerNetworks",
    "DockerGetServerHealthResultInotify",
    "DockerGetServerHealthResultReservation",
    "DockerGetServerHealthResultResources",
    "DockerImageRemoveImageBody",
    "DockerKillContainerBody",
    "DockerRemoveContainerBody",
    "DockerRestartContainerBody",
    "DockerStartContainerBody",
    "DockerStopContainerBody",
    "DockerUploadFileToContainerBody",
    "DockerUploadFileToContainerResponse200",
    "DockerVolumeDeleteVolumeFileBody",
    "DockerVolumeRemoveVolumeBody",
    "DockerVolumeWriteVolumeFileBody",
    "DockerWriteContainerFileBody",
    "Domain",
    "DomainCertificateType",
    "DomainCreateBody",
    "DomainCreateBodyCertificateType",
    "DomainCreateBodyDomainTypeType0",
    "DomainDeleteBody",
    "DomainDomainTypeType0",
    "DomainGenerateDomainBody",
    "DomainToggleEnableBody",
    "DomainUpdateBody",
    "DomainUpdateBodyCertificateType",
    "DomainUpdateBodyDomainTypeType0",
    "DomainValidateDomainBody",
    "DomainValidateDomainResult",
    "Email",
    "EndpointSpecSwarm",
    "Environment",
    "EnvironmentCreateBody",
    "EnvironmentDuplicateBody",
    "EnvironmentRemoveBody",
    "EnvironmentSearchResult",
    "EnvironmentUpdateBody",
    "ExtraFields",
    "ForwardAuthDeployOnServerBody",
    "ForwardAuthDisableBody",
    "ForwardAuthDisableResult",
    "ForwardAuthEnableBody",
    "ForwardAuthRemoveAuthDomainBody",
    "ForwardAuthRemoveOnServerBody",
    "ForwardAuthSetAuthDomainBody",
    "ForwardAuthSetAuthDomainBodyCertificateType",
    "ForwardAuthStatusResult",
    "Gitea",
    "GiteaCreateBody",
    "GiteaTestConnectionBody",
    "GiteaUpdateBody",
    "GiteaUpdateResult",
    "Github",
    "GithubTestConnectionBody",
    "GithubUpdateBody",
    "Gitlab",
    "GitlabCreateBody",
    "GitlabTestConnectionBody",
    "GitlabUpdateBody",
    "GitProvider",
    "GitProviderBitbucketType0",
    "GitProviderProviderType",
    "GitProviderRemoveBody",
    "GitProviderToggleShareBody",
    "Global",
    "Gotify",
    "HealthCheckSwarm",
    "IdpMetadata",
    "Invitation",
    "LabelsSwarm",
    "Lark",
    "Libsql",
    "LibsqlApplicationStatus",
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
    "LibsqlSqldNode",
    "LibsqlStartBody",
    "LibsqlStopBody",
    "LibsqlUpdateBody",
    "LibsqlUpdateBodyApplicationStatus",
    "LibsqlUpdateBodySqldNode",
    "LicenseKeyActivateBody",
    "LicenseKeyActivateResponse200",
    "LicenseKeyDeactivateResponse200",
    "LicenseKeyGetEnterpriseSettingsResult",
    "LicenseKeyUpdateEnterpriseSettingsBody",
    "Mapping",
    "Mapping2",
    "Mariadb",
    "MariadbApplicationStatus",
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
    "MariadbSearchResult",
    "MariadbStartBody",
    "MariadbStopBody",
    "MariadbUpdateBody",
    "MariadbUpdateBodyApplicationStatus",
    "Mattermost",
    "Member",
    "MetricsConfig",
    "ModeSwarm",
    "Mongo",
    "MongoApplicationStatus",
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
    "MongoSearchResult",
    "MongoStartBody",
    "MongoStopBody",
    "MongoUpdateBody",
    "MongoUpdateBodyApplicationStatus",
    "Mount",
    "MountsCreateBody",
    "MountsCreateBodyServiceType",
    "MountsCreateBodyType",
    "MountServiceType",
    "MountsRemoveBody",
    "MountsUpdateBody",
    "MountsUpdateBodyServiceType",
    "MountsUpdateBodyType",
    "MountType",
    "Mysql",
    "MysqlApplicationStatus",
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
    "MysqlSearchResult",
    "MysqlStartBody",
    "MysqlStopBody",
    "MysqlUpdateBody",
    "MysqlUpdateBodyApplicationStatus",
    "Network",
    "NetworkCreateBody",
    "NetworkCreateBodyDriver",
    "NetworkCreateBodyIpamType0",
    "NetworkCreateBodyIpamType0ConfigItem",
    "NetworkDriver",
    "NetworkImportBody",
    "NetworkImportResult",
    "NetworkImportResultErrorsItem",
    "NetworkRecreateBody",
    "NetworkRemoveBody",
    "NetworkSwarmItem",
    "Notification",
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
    "NotificationNotificationType",
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
    "Ntfy",
    "OidcConfig",
    "OidcConfigTokenEndpointAuthentication",
    "Organization",
    "OrganizationChildrenItemType1",
    "OrganizationCreateBody",
    "OrganizationDeleteBody",
    "OrganizationInviteMemberBody",
    "OrganizationRemoveInvitationBody",
    "OrganizationSetDefaultBody",
    "OrganizationSetDefaultResult",
    "OrganizationUpdateBody",
    "OrganizationUpdateMemberRoleBody",
    "OverviewBackupsItem",
    "OverviewDomainsItem",
    "OverviewServicesItem",
    "Passkey",
    "Patch",
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
    "PatchType",
    "PatchUpdateBody",
    "PatchUpdateBodyType",
    "Permissions",
    "PlacementSwarm",
    "PlatformsItem",
    "Port",
    "PortCreateBody",
    "PortCreateBodyProtocol",
    "PortCreateBodyPublishMode",
    "PortDeleteBody",
    "PortProtocol",
    "PortPublishMode",
    "PortsItem",
    "PortUpdateBody",
    "PortUpdateBodyProtocol",
    "PortUpdateBodyPublishMode",
    "Postgres",
    "PostgresApplicationStatus",
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
    "PostgresSearchResult",
    "PostgresStartBody",
    "PostgresStopBody",
    "PostgresUpdateBody",
    "PostgresUpdateBodyApplicationStatus",
    "PreferencesItem",
    "PreviewDeploymentDeleteBody",
    "PreviewDeploymentRedeployBody",
    "PreviewDeployments",
    "PreviewDeploymentsPreviewStatus",
    "Project",
    "ProjectCreateBody",
    "ProjectCreateResult",
    "ProjectDuplicateBody",
    "ProjectDuplicateBodySelectedServicesItem",
    "ProjectDuplicateBodySelectedServicesItemType",
    "ProjectHomeStatsResult",
    "ProjectHomeStatsResultStatus",
    "ProjectRemoveBody",
    "ProjectSearchResult",
    "ProjectTag",
    "ProjectUpdateBody",
    "Pushover",
    "Redirect",
    "RedirectsCreateBody",
    "RedirectsDeleteBody",
    "RedirectsUpdateBody",
    "Redis",
    "RedisApplicationStatus",
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
    "RedisSearchResult",
    "RedisStartBody",
    "RedisStopBody",
    "RedisUpdateBody",
    "RedisUpdateBodyApplicationStatus",
    "Registry",
    "RegistryCreateBody",
    "RegistryCreateBodyRegistryType",
    "RegistryRegistryType",
    "RegistryRemoveBody",
    "RegistryTestRegistryBody",
    "RegistryTestRegistryBodyRegistryType",
    "RegistryTestRegistryByIdBody",
    "RegistryUpdateBody",
    "RegistryUpdateBodyRegistryType",
    "Replicated",
    "ReplicatedJob",
    "Resend",
    "RestartPolicySwarm",
    "Rollback",
    "RollbackDeleteBody",
    "RollbackRollbackBody",
    "SamlConfig",
    "Schedule",
    "ScheduleCreateBody",
    "ScheduleCreateBodyScheduleType",
    "ScheduleCreateBodyShellType",
    "ScheduleDeleteBody",
    "ScheduleListScheduleType",
    "ScheduleRunManuallyBody",
    "ScheduleScheduleType",
    "ScheduleShellType",
    "ScheduleUpdateBody",
    "ScheduleUpdateBodyScheduleType",
    "ScheduleUpdateBodyShellType",
    "ScimDeleteProviderBody",
    "ScimDeleteProviderResponse200",
    "ScimGenerateTokenBody",
    "ScimGenerateTokenResponse200",
    "Security",
    "SecurityCreateBody",
    "SecurityDeleteBody",
    "SecurityUpdateBody",
    "Server",
    "Server2",
    "ServerCreateBody",
    "ServerCreateBodyServerType",
    "ServerGetServerTimeResult",
    "ServerRemoveBody",
    "ServerServerStatus",
    "ServerServerType",
    "ServerSetupBody",
    "ServerSetupMonitoringBody",
    "ServerUpdateBody",
    "ServerUpdateBodyServerType",
    "ServerUpdateBuildsConcurrencyBody",
    "Services",
    "Session",
    "SettingsAssignDomainServerBody",
    "SettingsAssignDomainServerBodyCertificateType",
    "SettingsCheckGPUStatusResult",
    "SettingsCheckInfrastructureHealthResult",
    "SettingsCheckInfrastructureHealthResultPostgres",
    "SettingsCheckInfrastructureHealthResultTraefik",
    "SettingsCleanAllBody",
    "SettingsCleanAllResult",
    "SettingsCleanDockerBuilderBody",
    "SettingsCleanDockerPruneBody",
    "SettingsCleanStoppedContainersBody",
    "SettingsCleanUnusedImagesBody",
    "SettingsCleanUnusedVolumesBody",
    "SettingsGetLogCleanupStatusResult",
    "SettingsGetOpenApiDocumentResult",
    "SettingsGetOpenApiDocumentResultComponents",
    "SettingsGetOpenApiDocumentResultComponentsSchemas",
    "SettingsGetOpenApiDocumentResultComponentsSecuritySchemes",
    "SettingsGetOpenApiDocumentResultComponentsSecuritySchemesApiKey",
    "SettingsGetOpenApiDocumentResultExternalDocs",
    "SettingsGetOpenApiDocumentResultInfo",
    "SettingsGetOpenApiDocumentResultPaths",
    "SettingsGetOpenApiDocumentResultSecurityItem",
    "SettingsGetOpenApiDocumentResultServersItem",
    "SettingsGetUpdateDataResult",
    "SettingsHealthResult",
    "SettingsReadDirectoriesResponse200ItemType1",
    "SettingsReloadTraefikBody",
    "SettingsSaveSshPrivateKeyBody",
    "SettingsSetupGpuBody",
    "SettingsSetupGpuResponse200",
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
    "Slack",
    "SpMetadata",
    "Spread",
    "SshKey",
    "SshKeyCreateBody",
    "SshKeyGenerateBody",
    "SshKeyGenerateBodyType",
    "SshKeyGenerateResult",
    "SshKeyRemoveBody",
    "SshKeyUpdateBody",
    "SsoAddTrustedOriginBody",
    "SsoAddTrustedOriginResponse200",
    "SsoDeleteProviderBody",
    "SsoDeleteProviderResponse200",
    "SsoRegisterBody",
    "SsoRegisterResponse200",
    "SsoRemoveTrustedOriginBody",
    "SsoRemoveTrustedOriginResponse200",
    "SsoUpdateBody",
    "SsoUpdateResponse200",
    "SsoUpdateTrustedOriginBody",
    "SsoUpdateTrustedOriginResponse200",
    "StripeCreateCheckoutSessionBody",
    "StripeCreateCheckoutSessionBodyTier",
    "StripeCreateCheckoutSessionResponse200",
    "StripeUpdateInvoiceNotificationsBody",
    "StripeUpdateInvoiceNotificationsResponse200",
    "StripeUpgradeSubscriptionBody",
    "StripeUpgradeSubscriptionBodyTier",
    "Tag",
    "TagAssignToProjectBody",
    "TagBulkAssignBody",
    "TagBulkAssignResult",
    "TagCreateBody",
    "TagRemoveBody",
    "TagRemoveFromProjectBody",
    "TagRemoveFromProjectResult",
    "TagRemoveResult",
    "TagUpdateBody",
    "Teams",
    "Telegram",
    "Thresholds",
    "UlimitsSwarmItem",
    "UpdateConfigSwarm",
    "User",
    "UserAssignPermissionsBody",
    "UserCreateApiKeyBody",
    "UserCreateApiKeyBodyMetadata",
    "UserCreateUserWithCredentialsBody",
    "UserCreateUserWithCredentialsResult",
    "UserDeleteApiKeyBody",
    "UserGetMetricsTokenResult",
    "UserGetMetricsTokenResultMetricsConfig",
    "UserGetMetricsTokenResultMetricsConfigContainers",
    "UserGetMetricsTokenResultMetricsConfigContainersServices",
    "UserGetMetricsTokenResultMetricsConfigServer",
    "UserGetMetricsTokenResultMetricsConfigServerThresholds",
    "UserGetPermissionsResult",
    "UserGetPermissionsResultAc",
    "UserGetPermissionsResultApi",
    "UserGetPermissionsResultAuditLog",
    "UserGetPermissionsResultBackup",
    "UserGetPermissionsResultCertificate",
    "UserGetPermissionsResultDeployment",
    "UserGetPermissionsResultDestination",
    "UserGetPermissionsResultDnsProvider",
    "UserGetPermissionsResultDocker",
    "UserGetPermissionsResultDomain",
    "UserGetPermissionsResultEnvironment",
    "UserGetPermissionsResultEnvironmentEnvVars",
    "UserGetPermissionsResultEnvVars",
    "UserGetPermissionsResultGitProviders",
    "UserGetPermissionsResultInvitation",
    "UserGetPermissionsResultLogs",
    "UserGetPermissionsResultMember",
    "UserGetPermissionsResultMonitoring",
    "UserGetPermissionsResultNotification",
    "UserGetPermissionsResultOrganization",
    "UserGetPermissionsResultProject",
    "UserGetPermissionsResultProjectEnvVars",
    "UserGetPermissionsResultRegistry",
    "UserGetPermissionsResultSchedule",
    "UserGetPermissionsResultServer",
    "UserGetPermissionsResultService",
    "UserGetPermissionsResultSshKeys",
    "UserGetPermissionsResultTag",
    "UserGetPermissionsResultTeam",
    "UserGetPermissionsResultTraefikFiles",
    "UserGetPermissionsResultVaultProvider",
    "UserGetPermissionsResultVolume",
    "UserGetPermissionsResultVolumeBackup",
    "UserListSessionsItem",
    "UserRemoveBody",
    "UserRevokeSessionBody",
    "UserSendInvitationBody",
    "UserSessionResult",
    "UserToggleTemplateBookmarkBody",
    "UserToggleTemplateBookmarkResult",
    "UserUpdateBody",
    "VaultProvider",
    "VaultProviderCreateBody",
    "VaultProviderProviderType",
    "VaultProviderRemoveBody",
    "VaultProviderTestConnectionBody",
    "VaultProviderUpdateBody",
    "VolumeBackup",
    "VolumeBackupsCreateBody",
    "VolumeBackupsCreateBodyServiceType",
    "VolumeBackupsDeleteBody",
    "VolumeBackupServiceType",
    "VolumeBackupsListVolumeBackupType",
    "VolumeBackupsRunManuallyBody",
    "VolumeBackupsUpdateBody",
    "VolumeBackupsUpdateBodyServiceType",
    "WebServerSettings",
    "WebServerSettingsCertificateType",
    "WhitelabelingResetResponse200",
    "WhitelabelingUpdateBody",
    "WhitelabelingUpdateBodyWhitelabelingConfig",
    "WhitelabelingUpdateResponse200",
)

"""The per-operation rows of ``dokploy_api.facts`` (loaded on first use): generated, do not edit."""

from __future__ import annotations

from .facts import Condition, OperationFacts, RecordKind

OPERATIONS: dict[str, OperationFacts] = {
    "admin.setupMonitoring": OperationFacts(method="POST", target_key="adminId", host_affecting=True),
    "ai.analyzeLogs": OperationFacts(method="POST", target_key="aiId", id_keys=frozenset({"aiId"})),
    "ai.create": OperationFacts(method="POST", target_key="aiId", creates="ai"),
    "ai.delete": OperationFacts(method="POST", target_key="aiId", id_keys=frozenset({"aiId"}), removes="ai"),
    "ai.deploy": OperationFacts(
        method="POST",
        target_key="aiId",
        id_keys=frozenset({"environmentId", "id"}),
        reference_keys=frozenset({"serverId"}),
    ),
    "ai.get": OperationFacts(method="GET"),
    "ai.getAll": OperationFacts(method="GET"),
    "ai.getCustomProviders": OperationFacts(method="GET"),
    "ai.getEnabledProviders": OperationFacts(method="GET"),
    "ai.getModels": OperationFacts(method="GET"),
    "ai.one": OperationFacts(method="GET"),
    "ai.saveCustomProviders": OperationFacts(method="POST", target_key="aiId"),
    "ai.suggest": OperationFacts(
        method="POST", target_key="aiId", id_keys=frozenset({"aiId"}), reference_keys=frozenset({"serverId"})
    ),
    "ai.testConnection": OperationFacts(method="POST", target_key="aiId"),
    "ai.update": OperationFacts(method="POST", target_key="aiId", id_keys=frozenset({"aiId"})),
    "application.cancelDeployment": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.cleanQueues": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"}), host_affecting=True
    ),
    "application.clearDeployments": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.create": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"environmentId"}),
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        creates="application",
    ),
    "application.delete": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"}), removes="application"
    ),
    "application.deploy": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.disconnectGitProvider": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.dropDeployment": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.killBuild": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"}), host_affecting=True
    ),
    "application.markRunning": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.move": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"applicationId"}),
        reference_keys=frozenset({"targetEnvironmentId"}),
    ),
    "application.one": OperationFacts(method="GET"),
    "application.readAppMonitoring": OperationFacts(method="GET"),
    "application.readLogs": OperationFacts(method="GET"),
    "application.readTraefikConfig": OperationFacts(method="GET"),
    "application.redeploy": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.refreshToken": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.reload": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"applicationId"}),
        name_keys=frozenset({"appName"}),
    ),
    "application.saveBitbucketProvider": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"applicationId"}),
        reference_keys=frozenset({"bitbucketId"}),
    ),
    "application.saveBuildType": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.saveDockerProvider": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.saveEnvironment": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.saveGitProvider": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"applicationId"}),
        reference_keys=frozenset({"customGitSSHKeyId"}),
    ),
    "application.saveGiteaProvider": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"applicationId"}),
        reference_keys=frozenset({"giteaId"}),
    ),
    "application.saveGithubProvider": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"applicationId"}),
        reference_keys=frozenset({"githubId"}),
    ),
    "application.saveGitlabProvider": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"applicationId"}),
        reference_keys=frozenset({"gitlabId"}),
        external_keys=frozenset({"gitlabProjectId"}),
    ),
    "application.search": OperationFacts(method="GET"),
    "application.start": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "application.stop": OperationFacts(method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})),
    "application.update": OperationFacts(
        method="POST",
        target_key="applicationId",
        id_keys=frozenset({"applicationId", "environmentId"}),
        reference_keys=frozenset(
            {
                "bitbucketId",
                "buildRegistryId",
                "buildServerId",
                "customGitSSHKeyId",
                "giteaId",
                "githubId",
                "gitlabId",
                "networkIds",
                "registryId",
                "rollbackRegistryId",
            }
        ),
        name_keys=frozenset({"appName"}),
        external_keys=frozenset({"gitlabProjectId"}),
        host_affecting_when=(Condition(key="volumes", present=True),),
    ),
    "application.updateTraefikConfig": OperationFacts(
        method="POST", target_key="applicationId", id_keys=frozenset({"applicationId"})
    ),
    "auditLog.all": OperationFacts(method="GET"),
    "backup.create": OperationFacts(
        method="POST",
        target_key="backupId",
        id_keys=frozenset({"composeId", "libsqlId", "mariadbId", "mongoId", "mysqlId", "postgresId"}),
        reference_keys=frozenset({"destinationId", "userId"}),
        creates="backup",
    ),
    "backup.listBackupFiles": OperationFacts(method="GET"),
    "backup.manualBackupCompose": OperationFacts(
        method="POST", target_key="backupId", id_keys=frozenset({"backupId"}), host_affecting=True
    ),
    "backup.manualBackupLibsql": OperationFacts(
        method="POST", target_key="backupId", id_keys=frozenset({"backupId"}), host_affecting=True
    ),
    "backup.manualBackupMariadb": OperationFacts(
        method="POST", target_key="backupId", id_keys=frozenset({"backupId"}), host_affecting=True
    ),
    "backup.manualBackupMongo": OperationFacts(
        method="POST", target_key="backupId", id_keys=frozenset({"backupId"}), host_affecting=True
    ),
    "backup.manualBackupMySql": OperationFacts(
        method="POST", target_key="backupId", id_keys=frozenset({"backupId"}), host_affecting=True
    ),
    "backup.manualBackupPostgres": OperationFacts(
        method="POST", target_key="backupId", id_keys=frozenset({"backupId"}), host_affecting=True
    ),
    "backup.manualBackupWebServer": OperationFacts(
        method="POST", target_key="backupId", id_keys=frozenset({"backupId"}), host_affecting=True
    ),
    "backup.one": OperationFacts(method="GET"),
    "backup.remove": OperationFacts(
        method="POST", target_key="backupId", id_keys=frozenset({"backupId"}), removes="backup"
    ),
    "backup.update": OperationFacts(
        method="POST",
        target_key="backupId",
        id_keys=frozenset({"backupId"}),
        reference_keys=frozenset({"destinationId"}),
    ),
    "bitbucket.bitbucketProviders": OperationFacts(method="GET"),
    "bitbucket.create": OperationFacts(
        method="POST",
        target_key="bitbucketId",
        id_keys=frozenset({"bitbucketId"}),
        reference_keys=frozenset({"gitProviderId"}),
        external_keys=frozenset({"authId"}),
        creates="bitbucket",
    ),
    "bitbucket.getBitbucketBranches": OperationFacts(method="GET"),
    "bitbucket.getBitbucketRepositories": OperationFacts(method="GET"),
    "bitbucket.one": OperationFacts(method="GET"),
    "bitbucket.testConnection": OperationFacts(
        method="POST", target_key="bitbucketId", id_keys=frozenset({"bitbucketId"})
    ),
    "bitbucket.update": OperationFacts(
        method="POST",
        target_key="bitbucketId",
        id_keys=frozenset({"bitbucketId"}),
        reference_keys=frozenset({"gitProviderId", "organizationId"}),
    ),
    "certificates.all": OperationFacts(method="GET"),
    "certificates.create": OperationFacts(
        method="POST",
        target_key="certificateId",
        id_keys=frozenset({"certificateId"}),
        reference_keys=frozenset({"organizationId", "serverId"}),
        creates="certificates",
    ),
    "certificates.one": OperationFacts(method="GET"),
    "certificates.remove": OperationFacts(
        method="POST", target_key="certificateId", id_keys=frozenset({"certificateId"}), removes="certificates"
    ),
    "certificates.update": OperationFacts(
        method="POST", target_key="certificateId", id_keys=frozenset({"certificateId"})
    ),
    "cluster.addManager": OperationFacts(method="GET"),
    "cluster.addWorker": OperationFacts(method="GET"),
    "cluster.getNodes": OperationFacts(method="GET"),
    "cluster.removeWorker": OperationFacts(
        method="POST",
        target_key="clusterId",
        reference_keys=frozenset({"serverId"}),
        external_keys=frozenset({"nodeId"}),
        host_affecting=True,
        removes="cluster",
    ),
    "compose.cancelDeployment": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.cleanQueues": OperationFacts(
        method="POST", target_key="composeId", id_keys=frozenset({"composeId"}), host_affecting=True
    ),
    "compose.clearDeployments": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.create": OperationFacts(
        method="POST",
        target_key="composeId",
        id_keys=frozenset({"environmentId"}),
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        creates="compose",
        host_affecting_when=(
            Condition(
                key="composeFile",
                matches="(?m)^\\s*-\\s*['\"]?/|source:\\s*['\"]?/|privileged:\\s*true|network_mode:\\s*['\"]?host|pid:\\s*['\"]?host|/var/run/docker\\.sock",
            ),
        ),
    ),
    "compose.delete": OperationFacts(
        method="POST", target_key="composeId", id_keys=frozenset({"composeId"}), removes="compose"
    ),
    "compose.deploy": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.deployTemplate": OperationFacts(
        method="POST",
        target_key="composeId",
        id_keys=frozenset({"environmentId", "id"}),
        reference_keys=frozenset({"serverId"}),
    ),
    "compose.disconnectGitProvider": OperationFacts(
        method="POST", target_key="composeId", id_keys=frozenset({"composeId"})
    ),
    "compose.fetchSourceType": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.getConvertedCompose": OperationFacts(method="GET"),
    "compose.getDefaultCommand": OperationFacts(method="GET"),
    "compose.getTags": OperationFacts(method="GET"),
    "compose.import": OperationFacts(
        method="POST", target_key="composeId", id_keys=frozenset({"composeId"}), host_affecting=True
    ),
    "compose.isolatedDeployment": OperationFacts(
        method="POST", target_key="composeId", id_keys=frozenset({"composeId"})
    ),
    "compose.killBuild": OperationFacts(
        method="POST", target_key="composeId", id_keys=frozenset({"composeId"}), host_affecting=True
    ),
    "compose.loadMountsByService": OperationFacts(method="GET"),
    "compose.loadServices": OperationFacts(method="GET", mutating_when=(Condition(key="type", one_of=("fetch",)),)),
    "compose.move": OperationFacts(
        method="POST",
        target_key="composeId",
        id_keys=frozenset({"composeId"}),
        reference_keys=frozenset({"targetEnvironmentId"}),
    ),
    "compose.one": OperationFacts(method="GET"),
    "compose.previewTemplate": OperationFacts(
        method="POST", target_key="composeId", reference_keys=frozenset({"serverId"}), name_keys=frozenset({"appName"})
    ),
    "compose.processTemplate": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.randomizeCompose": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.readLogs": OperationFacts(method="GET"),
    "compose.redeploy": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.refreshToken": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.saveEnvironment": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.search": OperationFacts(method="GET"),
    "compose.start": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.stop": OperationFacts(method="POST", target_key="composeId", id_keys=frozenset({"composeId"})),
    "compose.templates": OperationFacts(method="GET"),
    "compose.update": OperationFacts(
        method="POST",
        target_key="composeId",
        id_keys=frozenset({"composeId", "environmentId"}),
        reference_keys=frozenset({"bitbucketId", "customGitSSHKeyId", "giteaId", "githubId", "gitlabId", "networkIds"}),
        name_keys=frozenset({"appName"}),
        external_keys=frozenset({"gitlabProjectId"}),
        host_affecting_when=(
            Condition(
                key="composeFile",
                matches="(?m)^\\s*-\\s*['\"]?/|source:\\s*['\"]?/|privileged:\\s*true|network_mode:\\s*['\"]?host|pid:\\s*['\"]?host|/var/run/docker\\.sock",
            ),
        ),
    ),
    "customRole.all": OperationFacts(method="GET"),
    "customRole.create": OperationFacts(
        method="POST", target_key="customRoleId", host_affecting=True, creates="customRole"
    ),
    "customRole.getStatements": OperationFacts(method="GET"),
    "customRole.membersByRole": OperationFacts(method="GET"),
    "customRole.remove": OperationFacts(
        method="POST", target_key="customRoleId", host_affecting=True, removes="customRole"
    ),
    "customRole.update": OperationFacts(method="POST", target_key="customRoleId", host_affecting=True),
    "deployment.all": OperationFacts(method="GET"),
    "deployment.allByCompose": OperationFacts(method="GET"),
    "deployment.allByServer": OperationFacts(method="GET"),
    "deployment.allByType": OperationFacts(method="GET"),
    "deployment.allCentralized": OperationFacts(method="GET"),
    "deployment.killProcess": OperationFacts(
        method="POST", target_key="deploymentId", id_keys=frozenset({"deploymentId"}), host_affecting=True
    ),
    "deployment.queueList": OperationFacts(method="GET"),
    "deployment.readLogs": OperationFacts(method="GET"),
    "deployment.removeDeployment": OperationFacts(
        method="POST", target_key="deploymentId", id_keys=frozenset({"deploymentId"}), removes="deployment"
    ),
    "destination.all": OperationFacts(method="GET"),
    "destination.create": OperationFacts(
        method="POST", target_key="destinationId", reference_keys=frozenset({"serverId"}), creates="destination"
    ),
    "destination.one": OperationFacts(method="GET"),
    "destination.remove": OperationFacts(
        method="POST", target_key="destinationId", id_keys=frozenset({"destinationId"}), removes="destination"
    ),
    "destination.testConnection": OperationFacts(
        method="POST", target_key="destinationId", reference_keys=frozenset({"serverId"})
    ),
    "destination.update": OperationFacts(
        method="POST",
        target_key="destinationId",
        id_keys=frozenset({"destinationId"}),
        reference_keys=frozenset({"serverId"}),
    ),
    "dnsProvider.all": OperationFacts(method="GET"),
    "dnsProvider.create": OperationFacts(
        method="POST", target_key="dnsProviderId", external_keys=frozenset({"accessKeyId"}), creates="dnsProvider"
    ),
    "dnsProvider.createRecord": OperationFacts(
        method="POST",
        target_key="dnsProviderId",
        id_keys=frozenset({"dnsProviderId"}),
        external_keys=frozenset({"zoneId"}),
        host_affecting=True,
    ),
    "dnsProvider.deleteRecord": OperationFacts(
        method="POST",
        target_key="dnsProviderId",
        id_keys=frozenset({"dnsProviderId"}),
        external_keys=frozenset({"recordId", "zoneId"}),
        host_affecting=True,
        removes="dnsProvider",
    ),
    "dnsProvider.listRecords": OperationFacts(method="GET"),
    "dnsProvider.listZones": OperationFacts(method="GET"),
    "dnsProvider.one": OperationFacts(method="GET"),
    "dnsProvider.remove": OperationFacts(
        method="POST", target_key="dnsProviderId", id_keys=frozenset({"dnsProviderId"}), removes="dnsProvider"
    ),
    "dnsProvider.testConnection": OperationFacts(
        method="POST",
        target_key="dnsProviderId",
        id_keys=frozenset({"dnsProviderId"}),
        external_keys=frozenset({"accessKeyId"}),
    ),
    "dnsProvider.update": OperationFacts(
        method="POST",
        target_key="dnsProviderId",
        id_keys=frozenset({"dnsProviderId"}),
        external_keys=frozenset({"accessKeyId"}),
    ),
    "dnsProvider.updateRecord": OperationFacts(
        method="POST",
        target_key="dnsProviderId",
        id_keys=frozenset({"dnsProviderId"}),
        external_keys=frozenset({"recordId", "zoneId"}),
        host_affecting=True,
    ),
    "docker.deleteContainerFile": OperationFacts(
        method="POST",
        target_key="dockerId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"containerId"}),
        host_affecting=True,
        removes="docker",
    ),
    "docker.getConfig": OperationFacts(method="GET"),
    "docker.getContainers": OperationFacts(method="GET"),
    "docker.getContainersByAppLabel": OperationFacts(method="GET"),
    "docker.getContainersByAppNameMatch": OperationFacts(method="GET"),
    "docker.getEvents": OperationFacts(method="GET"),
    "docker.getServerHealth": OperationFacts(method="GET"),
    "docker.getServiceContainersByAppName": OperationFacts(method="GET"),
    "docker.getStackContainersByAppName": OperationFacts(method="GET"),
    "docker.killContainer": OperationFacts(
        method="POST",
        target_key="dockerId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"containerId"}),
        host_affecting=True,
    ),
    "docker.listContainerFiles": OperationFacts(method="GET"),
    "docker.readContainerFile": OperationFacts(method="GET"),
    "docker.removeContainer": OperationFacts(
        method="POST",
        target_key="dockerId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"containerId"}),
        host_affecting=True,
        removes="docker",
    ),
    "docker.restartContainer": OperationFacts(
        method="POST",
        target_key="dockerId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"containerId"}),
        host_affecting=True,
    ),
    "docker.startContainer": OperationFacts(
        method="POST",
        target_key="dockerId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"containerId"}),
        host_affecting=True,
    ),
    "docker.stopContainer": OperationFacts(
        method="POST",
        target_key="dockerId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"containerId"}),
        host_affecting=True,
    ),
    "docker.uploadFileToContainer": OperationFacts(
        method="POST",
        target_key="dockerId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"containerId"}),
        host_affecting=True,
    ),
    "docker.writeContainerFile": OperationFacts(
        method="POST",
        target_key="dockerId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"containerId"}),
        host_affecting=True,
    ),
    "dockerDiskUsage.getBuildCache": OperationFacts(method="GET"),
    "dockerDiskUsage.getDiskUsage": OperationFacts(method="GET"),
    "dockerDiskUsage.pruneBuildCache": OperationFacts(
        method="POST", target_key="dockerDiskUsageId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "dockerImage.getImageConfig": OperationFacts(method="GET"),
    "dockerImage.getImages": OperationFacts(method="GET"),
    "dockerImage.removeImage": OperationFacts(
        method="POST",
        target_key="dockerImageId",
        id_keys=frozenset({"id"}),
        reference_keys=frozenset({"serverId"}),
        host_affecting=True,
        removes="dockerImage",
    ),
    "dockerVolume.deleteVolumeFile": OperationFacts(
        method="POST",
        target_key="dockerVolumeId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"volumeName"}),
        host_affecting=True,
        removes="dockerVolume",
    ),
    "dockerVolume.getVolumeConfig": OperationFacts(method="GET"),
    "dockerVolume.getVolumes": OperationFacts(method="GET"),
    "dockerVolume.getVolumesSize": OperationFacts(method="GET"),
    "dockerVolume.listVolumeFiles": OperationFacts(method="GET"),
    "dockerVolume.readVolumeFile": OperationFacts(method="GET"),
    "dockerVolume.removeVolume": OperationFacts(
        method="POST",
        target_key="dockerVolumeId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"volumeName"}),
        host_affecting=True,
        removes="dockerVolume",
    ),
    "dockerVolume.writeVolumeFile": OperationFacts(
        method="POST",
        target_key="dockerVolumeId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"volumeName"}),
        host_affecting=True,
    ),
    "domain.byApplicationId": OperationFacts(method="GET"),
    "domain.byComposeId": OperationFacts(method="GET"),
    "domain.canGenerateTraefikMeDomains": OperationFacts(method="GET"),
    "domain.create": OperationFacts(
        method="POST",
        target_key="domainId",
        id_keys=frozenset({"applicationId", "composeId", "previewDeploymentId"}),
        claim_keys=frozenset({"host"}),
        creates="domain",
    ),
    "domain.delete": OperationFacts(
        method="POST", target_key="domainId", id_keys=frozenset({"domainId"}), removes="domain"
    ),
    "domain.generateDomain": OperationFacts(
        method="POST",
        target_key="domainId",
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        claim_keys=frozenset({"appName"}),
    ),
    "domain.one": OperationFacts(method="GET"),
    "domain.toggleEnable": OperationFacts(method="POST", target_key="domainId", id_keys=frozenset({"domainId"})),
    "domain.update": OperationFacts(
        method="POST", target_key="domainId", id_keys=frozenset({"domainId"}), claim_keys=frozenset({"host"})
    ),
    "domain.validateDomain": OperationFacts(method="POST", target_key="domainId"),
    "environment.byProjectId": OperationFacts(method="GET"),
    "environment.create": OperationFacts(
        method="POST", target_key="environmentId", id_keys=frozenset({"projectId"}), creates="environment"
    ),
    "environment.duplicate": OperationFacts(
        method="POST", target_key="environmentId", id_keys=frozenset({"environmentId"})
    ),
    "environment.one": OperationFacts(method="GET"),
    "environment.remove": OperationFacts(
        method="POST", target_key="environmentId", id_keys=frozenset({"environmentId"}), removes="environment"
    ),
    "environment.search": OperationFacts(method="GET"),
    "environment.update": OperationFacts(
        method="POST", target_key="environmentId", id_keys=frozenset({"environmentId", "projectId"})
    ),
    "forwardAuth.deployOnServer": OperationFacts(
        method="POST",
        target_key="forwardAuthId",
        id_keys=frozenset({"providerId"}),
        reference_keys=frozenset({"serverId"}),
        host_affecting=True,
    ),
    "forwardAuth.disable": OperationFacts(
        method="POST", target_key="forwardAuthId", id_keys=frozenset({"domainId"}), host_affecting=True
    ),
    "forwardAuth.enable": OperationFacts(
        method="POST", target_key="forwardAuthId", id_keys=frozenset({"domainId"}), host_affecting=True
    ),
    "forwardAuth.getAuthDomain": OperationFacts(method="GET"),
    "forwardAuth.listProviders": OperationFacts(method="GET"),
    "forwardAuth.removeAuthDomain": OperationFacts(
        method="POST",
        target_key="forwardAuthId",
        reference_keys=frozenset({"serverId"}),
        host_affecting=True,
        removes="forwardAuth",
    ),
    "forwardAuth.removeOnServer": OperationFacts(
        method="POST",
        target_key="forwardAuthId",
        reference_keys=frozenset({"serverId"}),
        host_affecting=True,
        removes="forwardAuth",
    ),
    "forwardAuth.serverStatus": OperationFacts(method="GET"),
    "forwardAuth.setAuthDomain": OperationFacts(
        method="POST", target_key="forwardAuthId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "forwardAuth.status": OperationFacts(method="GET"),
    "gitProvider.allForPermissions": OperationFacts(method="GET"),
    "gitProvider.getAll": OperationFacts(method="GET"),
    "gitProvider.remove": OperationFacts(
        method="POST", target_key="gitProviderId", id_keys=frozenset({"gitProviderId"}), removes="gitProvider"
    ),
    "gitProvider.toggleShare": OperationFacts(
        method="POST", target_key="gitProviderId", id_keys=frozenset({"gitProviderId"})
    ),
    "gitea.create": OperationFacts(
        method="POST",
        target_key="giteaId",
        id_keys=frozenset({"giteaId"}),
        reference_keys=frozenset({"gitProviderId"}),
        external_keys=frozenset({"clientId"}),
        creates="gitea",
    ),
    "gitea.getGiteaBranches": OperationFacts(method="GET"),
    "gitea.getGiteaRepositories": OperationFacts(method="GET"),
    "gitea.getGiteaUrl": OperationFacts(method="GET"),
    "gitea.giteaProviders": OperationFacts(method="GET"),
    "gitea.one": OperationFacts(method="GET"),
    "gitea.testConnection": OperationFacts(method="POST", target_key="giteaId", id_keys=frozenset({"giteaId"})),
    "gitea.update": OperationFacts(
        method="POST",
        target_key="giteaId",
        id_keys=frozenset({"giteaId"}),
        reference_keys=frozenset({"gitProviderId"}),
        external_keys=frozenset({"clientId"}),
    ),
    "github.getGithubBranches": OperationFacts(method="GET"),
    "github.getGithubRepositories": OperationFacts(method="GET"),
    "github.githubProviders": OperationFacts(method="GET"),
    "github.one": OperationFacts(method="GET"),
    "github.testConnection": OperationFacts(method="POST", target_key="githubId", id_keys=frozenset({"githubId"})),
    "github.update": OperationFacts(
        method="POST",
        target_key="githubId",
        id_keys=frozenset({"githubId"}),
        reference_keys=frozenset({"gitProviderId"}),
    ),
    "gitlab.create": OperationFacts(
        method="POST",
        target_key="gitlabId",
        reference_keys=frozenset({"gitProviderId"}),
        external_keys=frozenset({"applicationId", "authId"}),
        creates="gitlab",
    ),
    "gitlab.getGitlabBranches": OperationFacts(method="GET"),
    "gitlab.getGitlabRepositories": OperationFacts(method="GET"),
    "gitlab.gitlabProviders": OperationFacts(method="GET"),
    "gitlab.one": OperationFacts(method="GET"),
    "gitlab.testConnection": OperationFacts(method="POST", target_key="gitlabId", id_keys=frozenset({"gitlabId"})),
    "gitlab.update": OperationFacts(
        method="POST",
        target_key="gitlabId",
        id_keys=frozenset({"gitlabId"}),
        reference_keys=frozenset({"gitProviderId"}),
        external_keys=frozenset({"applicationId"}),
    ),
    "libsql.changeStatus": OperationFacts(method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"})),
    "libsql.create": OperationFacts(
        method="POST",
        target_key="libsqlId",
        id_keys=frozenset({"environmentId"}),
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        creates="libsql",
    ),
    "libsql.deploy": OperationFacts(method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"})),
    "libsql.move": OperationFacts(
        method="POST",
        target_key="libsqlId",
        id_keys=frozenset({"libsqlId"}),
        reference_keys=frozenset({"targetEnvironmentId"}),
    ),
    "libsql.one": OperationFacts(method="GET"),
    "libsql.readLogs": OperationFacts(method="GET"),
    "libsql.rebuild": OperationFacts(method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"})),
    "libsql.reload": OperationFacts(
        method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"}), name_keys=frozenset({"appName"})
    ),
    "libsql.remove": OperationFacts(
        method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"}), removes="libsql"
    ),
    "libsql.saveEnvironment": OperationFacts(method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"})),
    "libsql.saveExternalPorts": OperationFacts(method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"})),
    "libsql.start": OperationFacts(method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"})),
    "libsql.stop": OperationFacts(method="POST", target_key="libsqlId", id_keys=frozenset({"libsqlId"})),
    "libsql.update": OperationFacts(
        method="POST",
        target_key="libsqlId",
        id_keys=frozenset({"environmentId", "libsqlId"}),
        reference_keys=frozenset({"networkIds"}),
        name_keys=frozenset({"appName"}),
    ),
    "licenseKey.activate": OperationFacts(method="POST", target_key="licenseKeyId", host_affecting=True),
    "licenseKey.deactivate": OperationFacts(method="POST", target_key="licenseKeyId", host_affecting=True),
    "licenseKey.getEnterpriseSettings": OperationFacts(method="GET"),
    "licenseKey.haveValidLicenseKey": OperationFacts(method="GET"),
    "licenseKey.updateEnterpriseSettings": OperationFacts(
        method="POST", target_key="licenseKeyId", host_affecting=True
    ),
    "licenseKey.validate": OperationFacts(method="POST", target_key="licenseKeyId", host_affecting=True),
    "mariadb.changePassword": OperationFacts(method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"})),
    "mariadb.changeStatus": OperationFacts(method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"})),
    "mariadb.create": OperationFacts(
        method="POST",
        target_key="mariadbId",
        id_keys=frozenset({"environmentId"}),
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        creates="mariadb",
    ),
    "mariadb.deploy": OperationFacts(method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"})),
    "mariadb.move": OperationFacts(
        method="POST",
        target_key="mariadbId",
        id_keys=frozenset({"mariadbId"}),
        reference_keys=frozenset({"targetEnvironmentId"}),
    ),
    "mariadb.one": OperationFacts(method="GET"),
    "mariadb.readLogs": OperationFacts(method="GET"),
    "mariadb.rebuild": OperationFacts(method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"})),
    "mariadb.reload": OperationFacts(
        method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"}), name_keys=frozenset({"appName"})
    ),
    "mariadb.remove": OperationFacts(
        method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"}), removes="mariadb"
    ),
    "mariadb.saveEnvironment": OperationFacts(method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"})),
    "mariadb.saveExternalPort": OperationFacts(method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"})),
    "mariadb.search": OperationFacts(method="GET"),
    "mariadb.start": OperationFacts(method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"})),
    "mariadb.stop": OperationFacts(method="POST", target_key="mariadbId", id_keys=frozenset({"mariadbId"})),
    "mariadb.update": OperationFacts(
        method="POST",
        target_key="mariadbId",
        id_keys=frozenset({"environmentId", "mariadbId"}),
        reference_keys=frozenset({"networkIds"}),
        name_keys=frozenset({"appName"}),
    ),
    "mongo.changePassword": OperationFacts(method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"})),
    "mongo.changeStatus": OperationFacts(method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"})),
    "mongo.create": OperationFacts(
        method="POST",
        target_key="mongoId",
        id_keys=frozenset({"environmentId"}),
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        creates="mongo",
    ),
    "mongo.deploy": OperationFacts(method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"})),
    "mongo.move": OperationFacts(
        method="POST",
        target_key="mongoId",
        id_keys=frozenset({"mongoId"}),
        reference_keys=frozenset({"targetEnvironmentId"}),
    ),
    "mongo.one": OperationFacts(method="GET"),
    "mongo.readLogs": OperationFacts(method="GET"),
    "mongo.rebuild": OperationFacts(method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"})),
    "mongo.reload": OperationFacts(
        method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"}), name_keys=frozenset({"appName"})
    ),
    "mongo.remove": OperationFacts(
        method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"}), removes="mongo"
    ),
    "mongo.saveEnvironment": OperationFacts(method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"})),
    "mongo.saveExternalPort": OperationFacts(method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"})),
    "mongo.search": OperationFacts(method="GET"),
    "mongo.start": OperationFacts(method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"})),
    "mongo.stop": OperationFacts(method="POST", target_key="mongoId", id_keys=frozenset({"mongoId"})),
    "mongo.update": OperationFacts(
        method="POST",
        target_key="mongoId",
        id_keys=frozenset({"environmentId", "mongoId"}),
        reference_keys=frozenset({"networkIds"}),
        name_keys=frozenset({"appName"}),
    ),
    "mounts.allNamedByApplicationId": OperationFacts(method="GET"),
    "mounts.create": OperationFacts(
        method="POST",
        target_key="mountId",
        id_keys=frozenset({"serviceId"}),
        name_keys=frozenset({"volumeName"}),
        creates="mounts",
        host_affecting_when=(
            Condition(key="type", one_of=("bind",)),
            Condition(key="hostPath", present=True),
        ),
    ),
    "mounts.listByServiceId": OperationFacts(method="GET"),
    "mounts.one": OperationFacts(method="GET"),
    "mounts.remove": OperationFacts(
        method="POST", target_key="mountId", id_keys=frozenset({"mountId"}), removes="mounts"
    ),
    "mounts.update": OperationFacts(
        method="POST",
        target_key="mountId",
        id_keys=frozenset(
            {
                "applicationId",
                "composeId",
                "libsqlId",
                "mariadbId",
                "mongoId",
                "mountId",
                "mysqlId",
                "postgresId",
                "redisId",
            }
        ),
        name_keys=frozenset({"volumeName"}),
        host_affecting_when=(
            Condition(key="type", one_of=("bind",)),
            Condition(key="hostPath", present=True),
        ),
    ),
    "mysql.changePassword": OperationFacts(method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"})),
    "mysql.changeStatus": OperationFacts(method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"})),
    "mysql.create": OperationFacts(
        method="POST",
        target_key="mysqlId",
        id_keys=frozenset({"environmentId"}),
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        creates="mysql",
    ),
    "mysql.deploy": OperationFacts(method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"})),
    "mysql.move": OperationFacts(
        method="POST",
        target_key="mysqlId",
        id_keys=frozenset({"mysqlId"}),
        reference_keys=frozenset({"targetEnvironmentId"}),
    ),
    "mysql.one": OperationFacts(method="GET"),
    "mysql.readLogs": OperationFacts(method="GET"),
    "mysql.rebuild": OperationFacts(method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"})),
    "mysql.reload": OperationFacts(
        method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"}), name_keys=frozenset({"appName"})
    ),
    "mysql.remove": OperationFacts(
        method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"}), removes="mysql"
    ),
    "mysql.saveEnvironment": OperationFacts(method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"})),
    "mysql.saveExternalPort": OperationFacts(method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"})),
    "mysql.search": OperationFacts(method="GET"),
    "mysql.start": OperationFacts(method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"})),
    "mysql.stop": OperationFacts(method="POST", target_key="mysqlId", id_keys=frozenset({"mysqlId"})),
    "mysql.update": OperationFacts(
        method="POST",
        target_key="mysqlId",
        id_keys=frozenset({"environmentId", "mysqlId"}),
        reference_keys=frozenset({"networkIds"}),
        name_keys=frozenset({"appName"}),
    ),
    "network.all": OperationFacts(method="GET"),
    "network.create": OperationFacts(
        method="POST", target_key="networkId", reference_keys=frozenset({"serverId"}), creates="network"
    ),
    "network.import": OperationFacts(
        method="POST", target_key="networkId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "network.inspect": OperationFacts(method="GET"),
    "network.networksToSync": OperationFacts(method="GET"),
    "network.one": OperationFacts(method="GET"),
    "network.recreate": OperationFacts(method="POST", target_key="networkId", id_keys=frozenset({"networkId"})),
    "network.remove": OperationFacts(
        method="POST", target_key="networkId", id_keys=frozenset({"networkId"}), host_affecting=True, removes="network"
    ),
    "notification.all": OperationFacts(method="GET"),
    "notification.createCustom": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createDiscord": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createEmail": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createGotify": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createLark": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createMattermost": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createNtfy": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createPushover": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createResend": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createSlack": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createTeams": OperationFacts(method="POST", target_key="notificationId", creates="notification"),
    "notification.createTelegram": OperationFacts(
        method="POST",
        target_key="notificationId",
        external_keys=frozenset({"chatId", "messageThreadId"}),
        creates="notification",
    ),
    "notification.getEmailProviders": OperationFacts(method="GET"),
    "notification.one": OperationFacts(method="GET"),
    "notification.receiveNotification": OperationFacts(method="POST", target_key="notificationId"),
    "notification.remove": OperationFacts(
        method="POST", target_key="notificationId", id_keys=frozenset({"notificationId"}), removes="notification"
    ),
    "notification.testCustomConnection": OperationFacts(
        method="POST", target_key="notificationId", host_affecting=True
    ),
    "notification.testDiscordConnection": OperationFacts(
        method="POST", target_key="notificationId", host_affecting=True
    ),
    "notification.testEmailConnection": OperationFacts(method="POST", target_key="notificationId", host_affecting=True),
    "notification.testGotifyConnection": OperationFacts(
        method="POST", target_key="notificationId", host_affecting=True
    ),
    "notification.testLarkConnection": OperationFacts(method="POST", target_key="notificationId", host_affecting=True),
    "notification.testMattermostConnection": OperationFacts(
        method="POST", target_key="notificationId", host_affecting=True
    ),
    "notification.testNtfyConnection": OperationFacts(method="POST", target_key="notificationId", host_affecting=True),
    "notification.testPushoverConnection": OperationFacts(
        method="POST", target_key="notificationId", host_affecting=True
    ),
    "notification.testResendConnection": OperationFacts(
        method="POST", target_key="notificationId", host_affecting=True
    ),
    "notification.testSlackConnection": OperationFacts(method="POST", target_key="notificationId", host_affecting=True),
    "notification.testTeamsConnection": OperationFacts(method="POST", target_key="notificationId", host_affecting=True),
    "notification.testTelegramConnection": OperationFacts(
        method="POST",
        target_key="notificationId",
        external_keys=frozenset({"chatId", "messageThreadId"}),
        host_affecting=True,
    ),
    "notification.updateCustom": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"notificationId"}),
        reference_keys=frozenset({"organizationId"}),
        external_keys=frozenset({"customId"}),
    ),
    "notification.updateDiscord": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"discordId", "notificationId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateEmail": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"emailId", "notificationId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateGotify": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"gotifyId", "notificationId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateLark": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"larkId", "notificationId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateMattermost": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"mattermostId", "notificationId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateNtfy": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"notificationId", "ntfyId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updatePushover": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"notificationId", "pushoverId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateResend": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"notificationId", "resendId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateSlack": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"notificationId", "slackId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateTeams": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"notificationId", "teamsId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "notification.updateTelegram": OperationFacts(
        method="POST",
        target_key="notificationId",
        id_keys=frozenset({"notificationId", "telegramId"}),
        reference_keys=frozenset({"organizationId"}),
        external_keys=frozenset({"chatId", "messageThreadId"}),
    ),
    "organization.active": OperationFacts(method="GET"),
    "organization.all": OperationFacts(method="GET"),
    "organization.allInvitations": OperationFacts(method="GET"),
    "organization.create": OperationFacts(
        method="POST", target_key="organizationId", host_affecting=True, creates="organization"
    ),
    "organization.delete": OperationFacts(
        method="POST",
        target_key="organizationId",
        id_keys=frozenset({"organizationId"}),
        host_affecting=True,
        removes="organization",
    ),
    "organization.inviteMember": OperationFacts(method="POST", target_key="organizationId", host_affecting=True),
    "organization.one": OperationFacts(method="GET"),
    "organization.removeInvitation": OperationFacts(
        method="POST",
        target_key="organizationId",
        id_keys=frozenset({"invitationId"}),
        host_affecting=True,
        removes="organization",
    ),
    "organization.setDefault": OperationFacts(
        method="POST", target_key="organizationId", id_keys=frozenset({"organizationId"}), host_affecting=True
    ),
    "organization.update": OperationFacts(
        method="POST", target_key="organizationId", id_keys=frozenset({"organizationId"}), host_affecting=True
    ),
    "organization.updateMemberRole": OperationFacts(
        method="POST", target_key="organizationId", reference_keys=frozenset({"memberId"}), host_affecting=True
    ),
    "overview.backups": OperationFacts(method="GET"),
    "overview.domains": OperationFacts(method="GET"),
    "overview.services": OperationFacts(method="GET"),
    "patch.byEntityId": OperationFacts(method="GET"),
    "patch.cleanPatchRepos": OperationFacts(
        method="POST", target_key="patchId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "patch.create": OperationFacts(
        method="POST", target_key="patchId", id_keys=frozenset({"applicationId", "composeId"}), creates="patch"
    ),
    "patch.delete": OperationFacts(
        method="POST", target_key="patchId", id_keys=frozenset({"patchId"}), removes="patch"
    ),
    "patch.ensureRepo": OperationFacts(method="POST", target_key="patchId", id_keys=frozenset({"id"})),
    "patch.markFileForDeletion": OperationFacts(method="POST", target_key="patchId", id_keys=frozenset({"id"})),
    "patch.one": OperationFacts(method="GET"),
    "patch.readRepoDirectories": OperationFacts(method="GET"),
    "patch.readRepoFile": OperationFacts(method="GET"),
    "patch.saveFileAsPatch": OperationFacts(method="POST", target_key="patchId", id_keys=frozenset({"id"})),
    "patch.toggleEnabled": OperationFacts(method="POST", target_key="patchId", id_keys=frozenset({"patchId"})),
    "patch.update": OperationFacts(method="POST", target_key="patchId", id_keys=frozenset({"patchId"})),
    "port.create": OperationFacts(
        method="POST", target_key="portId", id_keys=frozenset({"applicationId"}), creates="port"
    ),
    "port.delete": OperationFacts(method="POST", target_key="portId", id_keys=frozenset({"portId"}), removes="port"),
    "port.one": OperationFacts(method="GET"),
    "port.update": OperationFacts(method="POST", target_key="portId", id_keys=frozenset({"portId"})),
    "postgres.changePassword": OperationFacts(
        method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"})
    ),
    "postgres.changeStatus": OperationFacts(method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"})),
    "postgres.create": OperationFacts(
        method="POST",
        target_key="postgresId",
        id_keys=frozenset({"environmentId"}),
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        creates="postgres",
    ),
    "postgres.deploy": OperationFacts(method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"})),
    "postgres.move": OperationFacts(
        method="POST",
        target_key="postgresId",
        id_keys=frozenset({"postgresId"}),
        reference_keys=frozenset({"targetEnvironmentId"}),
    ),
    "postgres.one": OperationFacts(method="GET"),
    "postgres.readLogs": OperationFacts(method="GET"),
    "postgres.rebuild": OperationFacts(method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"})),
    "postgres.reload": OperationFacts(
        method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"}), name_keys=frozenset({"appName"})
    ),
    "postgres.remove": OperationFacts(
        method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"}), removes="postgres"
    ),
    "postgres.saveEnvironment": OperationFacts(
        method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"})
    ),
    "postgres.saveExternalPort": OperationFacts(
        method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"})
    ),
    "postgres.search": OperationFacts(method="GET"),
    "postgres.start": OperationFacts(method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"})),
    "postgres.stop": OperationFacts(method="POST", target_key="postgresId", id_keys=frozenset({"postgresId"})),
    "postgres.update": OperationFacts(
        method="POST",
        target_key="postgresId",
        id_keys=frozenset({"environmentId", "postgresId"}),
        reference_keys=frozenset({"networkIds"}),
        name_keys=frozenset({"appName"}),
    ),
    "previewDeployment.all": OperationFacts(method="GET"),
    "previewDeployment.delete": OperationFacts(
        method="POST",
        target_key="previewDeploymentId",
        id_keys=frozenset({"previewDeploymentId"}),
        removes="previewDeployment",
    ),
    "previewDeployment.one": OperationFacts(method="GET"),
    "previewDeployment.redeploy": OperationFacts(
        method="POST", target_key="previewDeploymentId", id_keys=frozenset({"previewDeploymentId"})
    ),
    "project.all": OperationFacts(method="GET"),
    "project.allForPermissions": OperationFacts(method="GET"),
    "project.create": OperationFacts(method="POST", target_key="projectId", creates="project"),
    "project.duplicate": OperationFacts(
        method="POST",
        target_key="projectId",
        id_keys=frozenset({"id"}),
        reference_keys=frozenset({"sourceEnvironmentId"}),
    ),
    "project.homeStats": OperationFacts(method="GET"),
    "project.one": OperationFacts(method="GET"),
    "project.remove": OperationFacts(
        method="POST", target_key="projectId", id_keys=frozenset({"projectId"}), removes="project"
    ),
    "project.search": OperationFacts(method="GET"),
    "project.update": OperationFacts(
        method="POST",
        target_key="projectId",
        id_keys=frozenset({"projectId"}),
        reference_keys=frozenset({"organizationId"}),
    ),
    "redirects.create": OperationFacts(
        method="POST", target_key="redirectId", id_keys=frozenset({"applicationId"}), creates="redirects"
    ),
    "redirects.delete": OperationFacts(
        method="POST", target_key="redirectId", id_keys=frozenset({"redirectId"}), removes="redirects"
    ),
    "redirects.one": OperationFacts(method="GET"),
    "redirects.update": OperationFacts(method="POST", target_key="redirectId", id_keys=frozenset({"redirectId"})),
    "redis.changePassword": OperationFacts(method="POST", target_key="redisId", id_keys=frozenset({"redisId"})),
    "redis.changeStatus": OperationFacts(method="POST", target_key="redisId", id_keys=frozenset({"redisId"})),
    "redis.create": OperationFacts(
        method="POST",
        target_key="redisId",
        id_keys=frozenset({"environmentId"}),
        reference_keys=frozenset({"serverId"}),
        name_keys=frozenset({"appName"}),
        creates="redis",
    ),
    "redis.deploy": OperationFacts(method="POST", target_key="redisId", id_keys=frozenset({"redisId"})),
    "redis.move": OperationFacts(
        method="POST",
        target_key="redisId",
        id_keys=frozenset({"redisId"}),
        reference_keys=frozenset({"targetEnvironmentId"}),
    ),
    "redis.one": OperationFacts(method="GET"),
    "redis.readLogs": OperationFacts(method="GET"),
    "redis.rebuild": OperationFacts(method="POST", target_key="redisId", id_keys=frozenset({"redisId"})),
    "redis.reload": OperationFacts(
        method="POST", target_key="redisId", id_keys=frozenset({"redisId"}), name_keys=frozenset({"appName"})
    ),
    "redis.remove": OperationFacts(
        method="POST", target_key="redisId", id_keys=frozenset({"redisId"}), removes="redis"
    ),
    "redis.saveEnvironment": OperationFacts(method="POST", target_key="redisId", id_keys=frozenset({"redisId"})),
    "redis.saveExternalPort": OperationFacts(method="POST", target_key="redisId", id_keys=frozenset({"redisId"})),
    "redis.search": OperationFacts(method="GET"),
    "redis.start": OperationFacts(method="POST", target_key="redisId", id_keys=frozenset({"redisId"})),
    "redis.stop": OperationFacts(method="POST", target_key="redisId", id_keys=frozenset({"redisId"})),
    "redis.update": OperationFacts(
        method="POST",
        target_key="redisId",
        id_keys=frozenset({"environmentId", "redisId"}),
        reference_keys=frozenset({"networkIds"}),
        name_keys=frozenset({"appName"}),
    ),
    "registry.all": OperationFacts(method="GET"),
    "registry.create": OperationFacts(
        method="POST", target_key="registryId", reference_keys=frozenset({"serverId"}), creates="registry"
    ),
    "registry.one": OperationFacts(method="GET"),
    "registry.remove": OperationFacts(
        method="POST", target_key="registryId", id_keys=frozenset({"registryId"}), removes="registry"
    ),
    "registry.testRegistry": OperationFacts(
        method="POST", target_key="registryId", reference_keys=frozenset({"serverId"})
    ),
    "registry.testRegistryById": OperationFacts(
        method="POST",
        target_key="registryId",
        id_keys=frozenset({"registryId"}),
        reference_keys=frozenset({"serverId"}),
    ),
    "registry.update": OperationFacts(
        method="POST",
        target_key="registryId",
        id_keys=frozenset({"registryId"}),
        reference_keys=frozenset({"organizationId", "serverId"}),
    ),
    "rollback.delete": OperationFacts(
        method="POST", target_key="rollbackId", id_keys=frozenset({"rollbackId"}), removes="rollback"
    ),
    "rollback.rollback": OperationFacts(method="POST", target_key="rollbackId", id_keys=frozenset({"rollbackId"})),
    "schedule.create": OperationFacts(
        method="POST",
        target_key="scheduleId",
        id_keys=frozenset({"applicationId", "composeId", "scheduleId"}),
        reference_keys=frozenset({"organizationId", "serverId"}),
        name_keys=frozenset({"appName"}),
        creates="schedule",
        host_affecting_when=(Condition(key="scheduleType", one_of=("server", "dokploy-server")),),
    ),
    "schedule.delete": OperationFacts(
        method="POST", target_key="scheduleId", id_keys=frozenset({"scheduleId"}), removes="schedule"
    ),
    "schedule.list": OperationFacts(method="GET"),
    "schedule.one": OperationFacts(method="GET"),
    "schedule.runManually": OperationFacts(
        method="POST",
        target_key="scheduleId",
        id_keys=frozenset({"scheduleId"}),
        host_affecting_when=(Condition(key="scheduleType", one_of=("server", "dokploy-server")),),
    ),
    "schedule.update": OperationFacts(
        method="POST",
        target_key="scheduleId",
        id_keys=frozenset({"applicationId", "composeId", "scheduleId"}),
        reference_keys=frozenset({"organizationId", "serverId"}),
        name_keys=frozenset({"appName"}),
        host_affecting_when=(Condition(key="scheduleType", one_of=("server", "dokploy-server")),),
    ),
    "scim.deleteProvider": OperationFacts(
        method="POST", target_key="scimId", id_keys=frozenset({"providerId"}), host_affecting=True, removes="scim"
    ),
    "scim.generateToken": OperationFacts(
        method="POST", target_key="scimId", id_keys=frozenset({"providerId"}), host_affecting=True
    ),
    "scim.listProviders": OperationFacts(method="GET"),
    "security.create": OperationFacts(
        method="POST", target_key="securityId", id_keys=frozenset({"applicationId"}), creates="security"
    ),
    "security.delete": OperationFacts(
        method="POST", target_key="securityId", id_keys=frozenset({"securityId"}), removes="security"
    ),
    "security.one": OperationFacts(method="GET"),
    "security.update": OperationFacts(method="POST", target_key="securityId", id_keys=frozenset({"securityId"})),
    "server.all": OperationFacts(method="GET"),
    "server.allForPermissions": OperationFacts(method="GET"),
    "server.buildServers": OperationFacts(method="GET"),
    "server.count": OperationFacts(method="GET"),
    "server.create": OperationFacts(
        method="POST",
        target_key="serverId",
        reference_keys=frozenset({"sshKeyId"}),
        host_affecting=True,
        creates="server",
    ),
    "server.getDefaultCommand": OperationFacts(method="GET"),
    "server.getServerMetrics": OperationFacts(method="GET"),
    "server.getServerTime": OperationFacts(method="GET"),
    "server.one": OperationFacts(method="GET"),
    "server.publicIp": OperationFacts(method="GET"),
    "server.remove": OperationFacts(
        method="POST", target_key="serverId", id_keys=frozenset({"serverId"}), host_affecting=True, removes="server"
    ),
    "server.security": OperationFacts(method="GET"),
    "server.setup": OperationFacts(
        method="POST", target_key="serverId", id_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "server.setupMonitoring": OperationFacts(
        method="POST", target_key="serverId", id_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "server.update": OperationFacts(
        method="POST",
        target_key="serverId",
        id_keys=frozenset({"serverId"}),
        reference_keys=frozenset({"sshKeyId"}),
        host_affecting=True,
    ),
    "server.updateBuildsConcurrency": OperationFacts(
        method="POST", target_key="serverId", id_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "server.validate": OperationFacts(method="GET"),
    "server.withSSHKey": OperationFacts(method="GET"),
    "settings.assignDomainServer": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.checkGPUStatus": OperationFacts(method="GET"),
    "settings.checkInfrastructureHealth": OperationFacts(method="GET"),
    "settings.cleanAll": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.cleanAllDeploymentQueue": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.cleanDockerBuilder": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.cleanDockerPrune": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.cleanMonitoring": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.cleanSSHPrivateKey": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.cleanStoppedContainers": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.cleanUnusedImages": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.cleanUnusedVolumes": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.getDockerDiskUsage": OperationFacts(method="GET"),
    "settings.getDokployCloudIps": OperationFacts(method="GET"),
    "settings.getDokployVersion": OperationFacts(method="GET"),
    "settings.getIp": OperationFacts(method="GET"),
    "settings.getLogCleanupStatus": OperationFacts(method="GET"),
    "settings.getOpenApiDocument": OperationFacts(method="GET"),
    "settings.getReleaseTag": OperationFacts(method="GET"),
    "settings.getTraefikPorts": OperationFacts(method="GET"),
    "settings.getUpdateData": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.getWebServerSettings": OperationFacts(method="GET"),
    "settings.haveActivateRequests": OperationFacts(method="GET"),
    "settings.haveTraefikDashboardPortEnabled": OperationFacts(method="GET"),
    "settings.health": OperationFacts(method="GET"),
    "settings.isCloud": OperationFacts(method="GET"),
    "settings.isUserSubscribed": OperationFacts(method="GET"),
    "settings.readDirectories": OperationFacts(method="GET"),
    "settings.readMiddlewareTraefikConfig": OperationFacts(method="GET"),
    "settings.readTraefikConfig": OperationFacts(method="GET"),
    "settings.readTraefikEnv": OperationFacts(method="GET"),
    "settings.readTraefikFile": OperationFacts(method="GET"),
    "settings.readWebServerTraefikConfig": OperationFacts(method="GET"),
    "settings.reloadServer": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.reloadTraefik": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.saveSSHPrivateKey": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.setupGPU": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.toggleDashboard": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.toggleRequests": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.updateBuildsConcurrency": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.updateDockerCleanup": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.updateEnforceSSO": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.updateLogCleanup": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.updateMiddlewareTraefikConfig": OperationFacts(
        method="POST", target_key="settingsId", host_affecting=True
    ),
    "settings.updateRemoteServersOnly": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.updateServer": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.updateServerIp": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.updateTraefikConfig": OperationFacts(method="POST", target_key="settingsId", host_affecting=True),
    "settings.updateTraefikFile": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.updateTraefikPorts": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "settings.updateWebServerTraefikConfig": OperationFacts(
        method="POST", target_key="settingsId", host_affecting=True
    ),
    "settings.writeTraefikEnv": OperationFacts(
        method="POST", target_key="settingsId", reference_keys=frozenset({"serverId"}), host_affecting=True
    ),
    "sshKey.all": OperationFacts(method="GET"),
    "sshKey.allForApps": OperationFacts(method="GET"),
    "sshKey.create": OperationFacts(
        method="POST", target_key="sshKeyId", reference_keys=frozenset({"organizationId"}), creates="sshKey"
    ),
    "sshKey.generate": OperationFacts(method="POST", target_key="sshKeyId"),
    "sshKey.one": OperationFacts(method="GET"),
    "sshKey.remove": OperationFacts(
        method="POST", target_key="sshKeyId", id_keys=frozenset({"sshKeyId"}), removes="sshKey"
    ),
    "sshKey.update": OperationFacts(method="POST", target_key="sshKeyId", id_keys=frozenset({"sshKeyId"})),
    "sso.addTrustedOrigin": OperationFacts(method="POST", target_key="ssoId", host_affecting=True),
    "sso.deleteProvider": OperationFacts(
        method="POST", target_key="ssoId", id_keys=frozenset({"providerId"}), host_affecting=True, removes="sso"
    ),
    "sso.enforceSSO": OperationFacts(method="GET"),
    "sso.getTrustedOrigins": OperationFacts(method="GET"),
    "sso.listProviders": OperationFacts(method="GET"),
    "sso.one": OperationFacts(method="GET"),
    "sso.register": OperationFacts(
        method="POST",
        target_key="ssoId",
        id_keys=frozenset({"id", "providerId"}),
        reference_keys=frozenset({"organizationId"}),
        external_keys=frozenset({"clientId"}),
        host_affecting=True,
    ),
    "sso.removeTrustedOrigin": OperationFacts(method="POST", target_key="ssoId", host_affecting=True, removes="sso"),
    "sso.showSignInWithSSO": OperationFacts(method="GET"),
    "sso.update": OperationFacts(
        method="POST",
        target_key="ssoId",
        id_keys=frozenset({"id", "providerId"}),
        reference_keys=frozenset({"organizationId"}),
        external_keys=frozenset({"clientId"}),
        host_affecting=True,
    ),
    "sso.updateTrustedOrigin": OperationFacts(method="POST", target_key="ssoId", host_affecting=True),
    "stripe.canCreateMoreServers": OperationFacts(method="GET"),
    "stripe.createCheckoutSession": OperationFacts(
        method="POST", target_key="stripeId", external_keys=frozenset({"productId"}), host_affecting=True
    ),
    "stripe.createCustomerPortalSession": OperationFacts(method="POST", target_key="stripeId", host_affecting=True),
    "stripe.getCurrentPlan": OperationFacts(method="GET"),
    "stripe.getInvoices": OperationFacts(method="GET"),
    "stripe.getProducts": OperationFacts(method="GET"),
    "stripe.updateInvoiceNotifications": OperationFacts(method="POST", target_key="stripeId", host_affecting=True),
    "stripe.upgradeSubscription": OperationFacts(method="POST", target_key="stripeId", host_affecting=True),
    "swarm.getContainerStats": OperationFacts(method="GET"),
    "swarm.getNodeApps": OperationFacts(method="GET"),
    "swarm.getNodeInfo": OperationFacts(method="GET"),
    "swarm.getNodes": OperationFacts(method="GET"),
    "tag.all": OperationFacts(method="GET"),
    "tag.assignToProject": OperationFacts(method="POST", target_key="tagId", id_keys=frozenset({"projectId", "tagId"})),
    "tag.bulkAssign": OperationFacts(
        method="POST", target_key="tagId", id_keys=frozenset({"projectId"}), reference_keys=frozenset({"tagIds"})
    ),
    "tag.create": OperationFacts(method="POST", target_key="tagId", creates="tag"),
    "tag.one": OperationFacts(method="GET"),
    "tag.remove": OperationFacts(method="POST", target_key="tagId", id_keys=frozenset({"tagId"}), removes="tag"),
    "tag.removeFromProject": OperationFacts(
        method="POST", target_key="tagId", id_keys=frozenset({"projectId", "tagId"}), removes="tag"
    ),
    "tag.update": OperationFacts(
        method="POST", target_key="tagId", id_keys=frozenset({"tagId"}), reference_keys=frozenset({"organizationId"})
    ),
    "user.all": OperationFacts(method="GET"),
    "user.assignPermissions": OperationFacts(
        method="POST", target_key="userId", id_keys=frozenset({"id"}), host_affecting=True
    ),
    "user.checkUserOrganizations": OperationFacts(method="GET"),
    "user.createApiKey": OperationFacts(
        method="POST",
        target_key="userId",
        reference_keys=frozenset({"organizationId"}),
        host_affecting=True,
        creates="apiKey",
    ),
    "user.createUserWithCredentials": OperationFacts(
        method="POST", target_key="userId", host_affecting=True, creates="user"
    ),
    "user.deleteApiKey": OperationFacts(
        method="POST", target_key="userId", id_keys=frozenset({"apiKeyId"}), host_affecting=True, removes="user"
    ),
    "user.generateToken": OperationFacts(method="POST", target_key="userId", host_affecting=True),
    "user.get": OperationFacts(method="GET"),
    "user.getBackups": OperationFacts(method="GET"),
    "user.getBookmarkedTemplates": OperationFacts(method="GET"),
    "user.getContainerMetrics": OperationFacts(method="GET"),
    "user.getInvitations": OperationFacts(method="GET"),
    "user.getMetricsToken": OperationFacts(method="GET"),
    "user.getPermissions": OperationFacts(method="GET"),
    "user.getServerMetrics": OperationFacts(method="GET"),
    "user.getUserByToken": OperationFacts(method="GET"),
    "user.haveRootAccess": OperationFacts(method="GET"),
    "user.listPasskeys": OperationFacts(method="GET"),
    "user.listSessions": OperationFacts(method="GET"),
    "user.one": OperationFacts(method="GET"),
    "user.remove": OperationFacts(
        method="POST", target_key="userId", id_keys=frozenset({"userId"}), host_affecting=True, removes="user"
    ),
    "user.revokeSession": OperationFacts(
        method="POST", target_key="userId", external_keys=frozenset({"sessionId"}), host_affecting=True
    ),
    "user.sendInvitation": OperationFacts(
        method="POST",
        target_key="userId",
        id_keys=frozenset({"invitationId"}),
        reference_keys=frozenset({"notificationId"}),
        host_affecting=True,
    ),
    "user.session": OperationFacts(method="GET"),
    "user.toggleTemplateBookmark": OperationFacts(
        method="POST", target_key="userId", external_keys=frozenset({"templateId"}), host_affecting=True
    ),
    "user.update": OperationFacts(
        method="POST",
        target_key="userId",
        id_keys=frozenset({"id"}),
        external_keys=frozenset({"stripeCustomerId", "stripeSubscriptionId"}),
        host_affecting=True,
    ),
    "vaultProvider.all": OperationFacts(method="GET"),
    "vaultProvider.create": OperationFacts(
        method="POST",
        target_key="vaultProviderId",
        id_keys=frozenset({"environmentIds", "projectId"}),
        external_keys=frozenset({"accessKeyId", "clientId", "tenantId"}),
        creates="vaultProvider",
    ),
    "vaultProvider.listSecretNames": OperationFacts(method="GET"),
    "vaultProvider.one": OperationFacts(method="GET"),
    "vaultProvider.remove": OperationFacts(
        method="POST", target_key="vaultProviderId", id_keys=frozenset({"vaultProviderId"}), removes="vaultProvider"
    ),
    "vaultProvider.testConnection": OperationFacts(
        method="POST",
        target_key="vaultProviderId",
        id_keys=frozenset({"projectId", "vaultProviderId"}),
        external_keys=frozenset({"accessKeyId", "clientId", "tenantId"}),
    ),
    "vaultProvider.update": OperationFacts(
        method="POST",
        target_key="vaultProviderId",
        id_keys=frozenset({"environmentIds", "projectId", "vaultProviderId"}),
        external_keys=frozenset({"accessKeyId", "clientId", "tenantId"}),
    ),
    "volumeBackups.create": OperationFacts(
        method="POST",
        target_key="volumeBackupId",
        id_keys=frozenset(
            {"applicationId", "composeId", "libsqlId", "mariadbId", "mongoId", "mysqlId", "postgresId", "redisId"}
        ),
        reference_keys=frozenset({"destinationId"}),
        name_keys=frozenset({"appName", "volumeName"}),
        creates="volumeBackups",
    ),
    "volumeBackups.delete": OperationFacts(
        method="POST", target_key="volumeBackupId", id_keys=frozenset({"volumeBackupId"}), removes="volumeBackups"
    ),
    "volumeBackups.list": OperationFacts(method="GET"),
    "volumeBackups.one": OperationFacts(method="GET"),
    "volumeBackups.runManually": OperationFacts(
        method="POST", target_key="volumeBackupId", id_keys=frozenset({"volumeBackupId"}), host_affecting=True
    ),
    "volumeBackups.update": OperationFacts(
        method="POST",
        target_key="volumeBackupId",
        id_keys=frozenset(
            {
                "applicationId",
                "composeId",
                "libsqlId",
                "mariadbId",
                "mongoId",
                "mysqlId",
                "postgresId",
                "redisId",
                "volumeBackupId",
            }
        ),
        reference_keys=frozenset({"destinationId"}),
        name_keys=frozenset({"appName", "volumeName"}),
    ),
    "whitelabeling.get": OperationFacts(method="GET"),
    "whitelabeling.getPublic": OperationFacts(method="GET"),
    "whitelabeling.reset": OperationFacts(method="POST", target_key="whitelabelingId", host_affecting=True),
    "whitelabeling.update": OperationFacts(
        method="POST", target_key="whitelabelingId", name_keys=frozenset({"appName"}), host_affecting=True
    ),
}


RECORD_KINDS: dict[str, RecordKind] = {
    "ai": RecordKind(id_key="aiId", remove="ai.delete", listing="ai.getAll", top_level=True),
    "apiKey": RecordKind(id_key="apiKeyId", remove="user.deleteApiKey", listing=None, top_level=True),
    "application": RecordKind(id_key="applicationId", remove="application.delete", listing=None, top_level=False),
    "backup": RecordKind(id_key="backupId", remove="backup.remove", listing=None, top_level=False),
    "bitbucket": RecordKind(
        id_key="gitProviderId", remove="gitProvider.remove", listing="bitbucket.bitbucketProviders", top_level=True
    ),
    "certificates": RecordKind(
        id_key="certificateId", remove="certificates.remove", listing="certificates.all", top_level=True
    ),
    "compose": RecordKind(id_key="composeId", remove="compose.delete", listing=None, top_level=False),
    "customRole": RecordKind(id_key="roleName", remove="customRole.remove", listing="customRole.all", top_level=True),
    "destination": RecordKind(
        id_key="destinationId", remove="destination.remove", listing="destination.all", top_level=True
    ),
    "dnsProvider": RecordKind(
        id_key="dnsProviderId", remove="dnsProvider.remove", listing="dnsProvider.all", top_level=True
    ),
    "domain": RecordKind(id_key="domainId", remove="domain.delete", listing=None, top_level=False),
    "environment": RecordKind(id_key="environmentId", remove="environment.remove", listing=None, top_level=False),
    "gitea": RecordKind(
        id_key="gitProviderId", remove="gitProvider.remove", listing="gitea.giteaProviders", top_level=True
    ),
    "github": RecordKind(
        id_key="gitProviderId", remove="gitProvider.remove", listing="github.githubProviders", top_level=True
    ),
    "gitlab": RecordKind(
        id_key="gitProviderId", remove="gitProvider.remove", listing="gitlab.gitlabProviders", top_level=True
    ),
    "libsql": RecordKind(id_key="libsqlId", remove="libsql.remove", listing=None, top_level=False),
    "mariadb": RecordKind(id_key="mariadbId", remove="mariadb.remove", listing=None, top_level=False),
    "mongo": RecordKind(id_key="mongoId", remove="mongo.remove", listing=None, top_level=False),
    "mounts": RecordKind(id_key="mountId", remove="mounts.remove", listing=None, top_level=False),
    "mysql": RecordKind(id_key="mysqlId", remove="mysql.remove", listing=None, top_level=False),
    "network": RecordKind(id_key="networkId", remove="network.remove", listing="network.all", top_level=True),
    "notification": RecordKind(
        id_key="notificationId", remove="notification.remove", listing="notification.all", top_level=True
    ),
    "organization": RecordKind(
        id_key="organizationId", remove="organization.delete", listing="organization.all", top_level=True
    ),
    "patch": RecordKind(id_key="patchId", remove="patch.delete", listing=None, top_level=False),
    "port": RecordKind(id_key="portId", remove="port.delete", listing=None, top_level=False),
    "postgres": RecordKind(id_key="postgresId", remove="postgres.remove", listing=None, top_level=False),
    "project": RecordKind(id_key="projectId", remove="project.remove", listing="project.all", top_level=True),
    "redirects": RecordKind(id_key="redirectId", remove="redirects.delete", listing=None, top_level=False),
    "redis": RecordKind(id_key="redisId", remove="redis.remove", listing=None, top_level=False),
    "registry": RecordKind(id_key="registryId", remove="registry.remove", listing="registry.all", top_level=True),
    "schedule": RecordKind(id_key="scheduleId", remove="schedule.delete", listing=None, top_level=False),
    "security": RecordKind(id_key="securityId", remove="security.delete", listing=None, top_level=False),
    "server": RecordKind(id_key="serverId", remove="server.remove", listing="server.all", top_level=True),
    "sshKey": RecordKind(id_key="sshKeyId", remove="sshKey.remove", listing="sshKey.all", top_level=True),
    "tag": RecordKind(id_key="tagId", remove="tag.remove", listing="tag.all", top_level=True),
    "user": RecordKind(id_key="userId", remove="user.remove", listing="user.all", top_level=True),
    "vaultProvider": RecordKind(
        id_key="vaultProviderId", remove="vaultProvider.remove", listing="vaultProvider.all", top_level=False
    ),
    "volumeBackups": RecordKind(id_key="volumeBackupId", remove="volumeBackups.delete", listing=None, top_level=False),
}

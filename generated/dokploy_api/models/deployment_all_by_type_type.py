from enum import StrEnum


class DeploymentAllByTypeType(StrEnum):
    APPLICATION = "application"
    BACKUP = "backup"
    COMPOSE = "compose"
    PREVIEWDEPLOYMENT = "previewDeployment"
    SCHEDULE = "schedule"
    SERVER = "server"
    VOLUMEBACKUP = "volumeBackup"

    def __str__(self) -> str:
        return str(self.value)

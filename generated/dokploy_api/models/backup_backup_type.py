from enum import StrEnum


class BackupBackupType(StrEnum):
    COMPOSE = "compose"
    DATABASE = "database"

    def __str__(self) -> str:
        return str(self.value)

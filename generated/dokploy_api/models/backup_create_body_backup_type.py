from enum import StrEnum


class BackupCreateBodyBackupType(StrEnum):
    COMPOSE = "compose"
    DATABASE = "database"

    def __str__(self) -> str:
        return str(self.value)

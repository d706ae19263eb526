from enum import StrEnum


class PatchSaveFileAsPatchBodyType(StrEnum):
    APPLICATION = "application"
    COMPOSE = "compose"

    def __str__(self) -> str:
        return str(self.value)

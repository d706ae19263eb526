from enum import StrEnum


class PatchReadRepoDirectoriesType(StrEnum):
    APPLICATION = "application"
    COMPOSE = "compose"

    def __str__(self) -> str:
        return str(self.value)

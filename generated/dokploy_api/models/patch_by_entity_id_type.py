from enum import StrEnum


class PatchByEntityIdType(StrEnum):
    APPLICATION = "application"
    COMPOSE = "compose"

    def __str__(self) -> str:
        return str(self.value)

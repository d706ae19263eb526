from enum import StrEnum


class RegistryCreateBodyRegistryType(StrEnum):
    CLOUD = "cloud"

    def __str__(self) -> str:
        return str(self.value)

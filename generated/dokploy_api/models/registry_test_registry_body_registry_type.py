from enum import StrEnum


class RegistryTestRegistryBodyRegistryType(StrEnum):
    CLOUD = "cloud"

    def __str__(self) -> str:
        return str(self.value)

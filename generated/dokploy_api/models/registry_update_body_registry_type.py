from enum import StrEnum


class RegistryUpdateBodyRegistryType(StrEnum):
    CLOUD = "cloud"

    def __str__(self) -> str:
        return str(self.value)

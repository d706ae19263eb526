from enum import StrEnum


class RegistryRegistryType(StrEnum):
    CLOUD = "cloud"
    SELFHOSTED = "selfHosted"

    def __str__(self) -> str:
        return str(self.value)

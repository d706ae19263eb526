from enum import StrEnum


class DomainCertificateType(StrEnum):
    CUSTOM = "custom"
    LETSENCRYPT = "letsencrypt"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)

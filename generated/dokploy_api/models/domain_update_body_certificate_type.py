from enum import StrEnum


class DomainUpdateBodyCertificateType(StrEnum):
    CUSTOM = "custom"
    LETSENCRYPT = "letsencrypt"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)

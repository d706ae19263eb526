from enum import StrEnum


class ApplicationPreviewCertificateType(StrEnum):
    CUSTOM = "custom"
    LETSENCRYPT = "letsencrypt"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)

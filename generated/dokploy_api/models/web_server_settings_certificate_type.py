from enum import StrEnum


class WebServerSettingsCertificateType(StrEnum):
    CUSTOM = "custom"
    LETSENCRYPT = "letsencrypt"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class DomainDomainTypeType0(StrEnum):
    APPLICATION = "application"
    COMPOSE = "compose"
    PREVIEW = "preview"

    def __str__(self) -> str:
        return str(self.value)

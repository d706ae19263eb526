from enum import StrEnum


class ComposeLoadServicesType(StrEnum):
    CACHE = "cache"
    FETCH = "fetch"

    def __str__(self) -> str:
        return str(self.value)

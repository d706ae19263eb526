from enum import StrEnum


class ServerServerType(StrEnum):
    BUILD = "build"
    DEPLOY = "deploy"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class MariadbChangePasswordBodyType(StrEnum):
    ROOT = "root"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

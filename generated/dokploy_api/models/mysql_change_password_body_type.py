from enum import StrEnum


class MysqlChangePasswordBodyType(StrEnum):
    ROOT = "root"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class LibsqlSqldNode(StrEnum):
    PRIMARY = "primary"
    REPLICA = "replica"

    def __str__(self) -> str:
        return str(self.value)

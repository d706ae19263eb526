from enum import StrEnum


class LibsqlCreateBodySqldNode(StrEnum):
    PRIMARY = "primary"
    REPLICA = "replica"

    def __str__(self) -> str:
        return str(self.value)

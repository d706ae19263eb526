from enum import StrEnum


class ApplicationTriggerTypeType0(StrEnum):
    PUSH = "push"
    TAG = "tag"

    def __str__(self) -> str:
        return str(self.value)

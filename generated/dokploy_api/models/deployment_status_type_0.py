from enum import StrEnum


class DeploymentStatusType0(StrEnum):
    CANCELLED = "cancelled"
    DONE = "done"
    ERROR = "error"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

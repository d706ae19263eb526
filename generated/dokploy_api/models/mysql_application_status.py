from enum import StrEnum


class MysqlApplicationStatus(StrEnum):
    DONE = "done"
    ERROR = "error"
    IDLE = "idle"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

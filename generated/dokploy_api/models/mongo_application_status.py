from enum import StrEnum


class MongoApplicationStatus(StrEnum):
    DONE = "done"
    ERROR = "error"
    IDLE = "idle"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ScheduleShellType(StrEnum):
    BASH = "bash"
    SH = "sh"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ScheduleUpdateBodyShellType(StrEnum):
    BASH = "bash"
    SH = "sh"

    def __str__(self) -> str:
        return str(self.value)

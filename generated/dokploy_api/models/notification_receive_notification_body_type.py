from enum import StrEnum


class NotificationReceiveNotificationBodyType(StrEnum):
    CPU = "CPU"
    MEMORY = "Memory"

    def __str__(self) -> str:
        return str(self.value)

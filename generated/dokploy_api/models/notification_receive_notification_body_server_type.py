from enum import StrEnum


class NotificationReceiveNotificationBodyServerType(StrEnum):
    DOKPLOY = "Dokploy"
    REMOTE = "Remote"

    def __str__(self) -> str:
        return str(self.value)

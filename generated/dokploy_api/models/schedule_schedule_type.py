from enum import StrEnum


class ScheduleScheduleType(StrEnum):
    APPLICATION = "application"
    COMPOSE = "compose"
    DOKPLOY_SERVER = "dokploy-server"
    SERVER = "server"

    def __str__(self) -> str:
        return str(self.value)

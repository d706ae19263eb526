from enum import StrEnum


class NetworkDriver(StrEnum):
    BRIDGE = "bridge"
    OVERLAY = "overlay"

    def __str__(self) -> str:
        return str(self.value)

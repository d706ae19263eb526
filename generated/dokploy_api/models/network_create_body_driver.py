from enum import StrEnum


class NetworkCreateBodyDriver(StrEnum):
    BRIDGE = "bridge"
    OVERLAY = "overlay"

    def __str__(self) -> str:
        return str(self.value)

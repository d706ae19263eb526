from enum import StrEnum


class PortCreateBodyPublishMode(StrEnum):
    HOST = "host"
    INGRESS = "ingress"

    def __str__(self) -> str:
        return str(self.value)

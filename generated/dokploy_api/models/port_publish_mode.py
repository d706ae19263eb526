from enum import StrEnum


class PortPublishMode(StrEnum):
    HOST = "host"
    INGRESS = "ingress"

    def __str__(self) -> str:
        return str(self.value)

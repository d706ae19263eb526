from enum import StrEnum


class PortUpdateBodyPublishMode(StrEnum):
    HOST = "host"
    INGRESS = "ingress"

    def __str__(self) -> str:
        return str(self.value)

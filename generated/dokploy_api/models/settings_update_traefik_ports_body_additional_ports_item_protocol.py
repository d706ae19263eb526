from enum import StrEnum


class SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol(StrEnum):
    SCTP = "sctp"
    TCP = "tcp"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)

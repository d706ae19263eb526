from enum import StrEnum


class MountType(StrEnum):
    BIND = "bind"
    FILE = "file"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)

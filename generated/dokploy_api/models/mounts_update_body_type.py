from enum import StrEnum


class MountsUpdateBodyType(StrEnum):
    BIND = "bind"
    FILE = "file"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)

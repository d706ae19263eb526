from enum import StrEnum


class DnsProviderUpdateRecordBodyType(StrEnum):
    A = "A"
    CNAME = "CNAME"

    def __str__(self) -> str:
        return str(self.value)

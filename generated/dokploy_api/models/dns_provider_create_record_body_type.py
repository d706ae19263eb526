from enum import StrEnum


class DnsProviderCreateRecordBodyType(StrEnum):
    A = "A"
    CNAME = "CNAME"

    def __str__(self) -> str:
        return str(self.value)

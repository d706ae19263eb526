from enum import StrEnum


class DnsProviderProviderType(StrEnum):
    CLOUDFLARE = "cloudflare"
    ROUTE53 = "route53"

    def __str__(self) -> str:
        return str(self.value)

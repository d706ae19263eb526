from enum import StrEnum


class StripeCreateCheckoutSessionBodyTier(StrEnum):
    HOBBY = "hobby"
    LEGACY = "legacy"
    STARTUP = "startup"

    def __str__(self) -> str:
        return str(self.value)

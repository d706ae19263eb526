from enum import StrEnum


class StripeUpgradeSubscriptionBodyTier(StrEnum):
    HOBBY = "hobby"
    STARTUP = "startup"

    def __str__(self) -> str:
        return str(self.value)

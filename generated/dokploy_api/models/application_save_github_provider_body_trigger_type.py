from enum import StrEnum


class ApplicationSaveGithubProviderBodyTriggerType(StrEnum):
    PUSH = "push"
    TAG = "tag"

    def __str__(self) -> str:
        return str(self.value)

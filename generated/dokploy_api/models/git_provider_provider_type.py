from enum import StrEnum


class GitProviderProviderType(StrEnum):
    BITBUCKET = "bitbucket"
    GITEA = "gitea"
    GITHUB = "github"
    GITLAB = "gitlab"

    def __str__(self) -> str:
        return str(self.value)

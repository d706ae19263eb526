from enum import StrEnum


class ComposeSourceType(StrEnum):
    BITBUCKET = "bitbucket"
    GIT = "git"
    GITEA = "gitea"
    GITHUB = "github"
    GITLAB = "gitlab"
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)

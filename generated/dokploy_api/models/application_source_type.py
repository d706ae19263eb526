from enum import StrEnum


class ApplicationSourceType(StrEnum):
    BITBUCKET = "bitbucket"
    DOCKER = "docker"
    DROP = "drop"
    GIT = "git"
    GITEA = "gitea"
    GITHUB = "github"
    GITLAB = "gitlab"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ComposeUpdateBodyComposeType(StrEnum):
    DOCKER_COMPOSE = "docker-compose"
    STACK = "stack"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ComposeComposeType(StrEnum):
    DOCKER_COMPOSE = "docker-compose"
    STACK = "stack"

    def __str__(self) -> str:
        return str(self.value)

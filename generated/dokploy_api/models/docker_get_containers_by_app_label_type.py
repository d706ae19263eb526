from enum import StrEnum


class DockerGetContainersByAppLabelType(StrEnum):
    STANDALONE = "standalone"
    SWARM = "swarm"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class AiAnalyzeLogsBodyContext(StrEnum):
    BUILD = "build"
    RUNTIME = "runtime"

    def __str__(self) -> str:
        return str(self.value)

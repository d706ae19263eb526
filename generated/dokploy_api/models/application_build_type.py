from enum import StrEnum


class ApplicationBuildType(StrEnum):
    DOCKERFILE = "dockerfile"
    HEROKU_BUILDPACKS = "heroku_buildpacks"
    NIXPACKS = "nixpacks"
    PAKETO_BUILDPACKS = "paketo_buildpacks"
    RAILPACK = "railpack"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)

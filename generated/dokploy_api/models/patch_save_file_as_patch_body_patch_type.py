from enum import StrEnum


class PatchSaveFileAsPatchBodyPatchType(StrEnum):
    CREATE = "create"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)

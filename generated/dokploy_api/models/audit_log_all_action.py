from enum import StrEnum


class AuditLogAllAction(StrEnum):
    CANCEL = "cancel"
    CREATE = "create"
    DELETE = "delete"
    DEPLOY = "deploy"
    LOGIN = "login"
    LOGOUT = "logout"
    REDEPLOY = "redeploy"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)

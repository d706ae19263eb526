from enum import StrEnum


class AuditLogAllResourceType(StrEnum):
    CERTIFICATE = "certificate"
    CUSTOMROLE = "customRole"
    DEPLOYMENT = "deployment"
    DOMAIN = "domain"
    ENVIRONMENT = "environment"
    GITPROVIDER = "gitProvider"
    NOTIFICATION = "notification"
    PROJECT = "project"
    REGISTRY = "registry"
    SERVER = "server"
    SERVICE = "service"
    SESSION = "session"
    SETTINGS = "settings"
    SSHKEY = "sshKey"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

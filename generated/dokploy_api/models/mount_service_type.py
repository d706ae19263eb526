from enum import StrEnum


class MountServiceType(StrEnum):
    APPLICATION = "application"
    COMPOSE = "compose"
    LIBSQL = "libsql"
    MARIADB = "mariadb"
    MONGO = "mongo"
    MYSQL = "mysql"
    POSTGRES = "postgres"
    REDIS = "redis"

    def __str__(self) -> str:
        return str(self.value)

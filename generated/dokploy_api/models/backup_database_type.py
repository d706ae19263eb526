from enum import StrEnum


class BackupDatabaseType(StrEnum):
    LIBSQL = "libsql"
    MARIADB = "mariadb"
    MONGO = "mongo"
    MYSQL = "mysql"
    POSTGRES = "postgres"
    WEB_SERVER = "web-server"

    def __str__(self) -> str:
        return str(self.value)

"""The database types, in one place: router, id keyword, whether it can own backups.

Each type has its own router and id field (``postgresId``, ``mysqlId``, ...);
``KINDS`` maps them once: the database resources (``resources/<type>.py``), the
overview and the backup owners read it.
"""

from __future__ import annotations

from typing import Literal

import attrs

DatabaseType = Literal["postgres", "mysql", "mariadb", "mongo", "redis", "libsql"]


@attrs.frozen
class Kind:
    """One database type: its router (also its ``environment`` attribute) and id argument."""

    name: str
    id_argument: str
    backups: bool = True  # can own a backup (``backup.create``'s ``<type>_id``)


KINDS: dict[str, Kind] = {
    "postgres": Kind("postgres", "postgres_id"),
    "mysql": Kind("mysql", "mysql_id"),
    "mariadb": Kind("mariadb", "mariadb_id"),
    "mongo": Kind("mongo", "mongo_id"),
    "redis": Kind("redis", "redis_id", backups=False),
    "libsql": Kind("libsql", "libsql_id"),
}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"{name!r} is not a database type: {', '.join(KINDS)}") from None

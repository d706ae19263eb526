"""The database types, in one place: router, id keyword, whether it can own backups.

Each type has its own router and id field (``postgresId``, ``mysqlId``, ...). Which
routers are databases is a fact about Dokploy (``overrides/corrections/facts.json``,
compiled into ``dokploy_api.facts.DATABASE_KINDS`` for the routers this client's
Dokploy has); ``KINDS`` is that table in the helpers' python names, read by the
database resources (``resources/<type>.py``), the overview and the backup owners.
"""

from __future__ import annotations

import attrs

from dokploy_api.facts import DATABASE_KINDS, DatabaseKind


@attrs.frozen
class Kind:
    """One database type: its router (also its ``environment`` attribute) and id argument."""

    name: str
    id_argument: str
    backups: bool  # can own a backup (``backup.create``'s ``<type>_id``)

    @classmethod
    def compiled(cls, row: DatabaseKind) -> Kind:
        """The row of ``DATABASE_KINDS``, with the generated operations' id keyword."""
        return cls(row.router, row.id_argument, row.backups)


KINDS: dict[str, Kind] = {name: Kind.compiled(row) for name, row in DATABASE_KINDS.items()}

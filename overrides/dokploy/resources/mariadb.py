"""``client.mariadb``: Dokploy's mariadb operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from dokploy_api.api import mariadb as generated
from dokploy_api.models.mariadb import Mariadb
from dokploy_api.models.mariadb_create_result import MariadbCreateResult

from .._databases import KINDS
from .._resource import AsyncHelpers, SyncHelpers
from ._database import CreatedInProject


class _Mariadb(CreatedInProject[Mariadb, MariadbCreateResult]):
    _kind = KINDS["mariadb"]


class MariadbResource(SyncHelpers, _Mariadb, generated.MariadbResource):
    """``client.mariadb`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncMariadbResource(AsyncHelpers, _Mariadb, generated.AsyncMariadbResource):
    """``client.mariadb`` on ``AsyncDokploy``: the same, awaited."""

"""``client.libsql``: Dokploy's libsql operations, plus the database helpers (``resources._database``).

``libsql.create`` is the generated one: Dokploy answers ``true`` and the generated method
finds and returns the record (its row in ``facts.json`` ``finders``); it takes
``environment_id=client.project.environment(project).environment_id``.
"""

from __future__ import annotations

from dokploy_api.api import libsql as generated
from dokploy_api.models.libsql import Libsql

from .._databases import KINDS
from .._resource import AsyncHelpers, SyncHelpers
from ._database import Database


class _Libsql(Database[Libsql]):
    _kind = KINDS["libsql"]


class LibsqlResource(SyncHelpers, _Libsql, generated.LibsqlResource):
    """``client.libsql`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncLibsqlResource(AsyncHelpers, _Libsql, generated.AsyncLibsqlResource):
    """``client.libsql`` on ``AsyncDokploy``: the same, awaited."""

"""``client.libsql``: Dokploy's libsql operations, plus the database helpers (``resources._database``).

``libsql.create`` answers ``true``, not the record, so it is not overridden here (a
helper answering the record would not be a compatible ``create``): create it with
``environment_id=client.project.environment(project).environment_id``, or with
``client.records.create_libsql`` for the record.
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

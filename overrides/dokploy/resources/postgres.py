"""``client.postgres``: Dokploy's postgres operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from dokploy_api.api import postgres as generated
from dokploy_api.models.postgres import Postgres
from dokploy_api.models.postgres_create_result import PostgresCreateResult

from .._databases import KINDS
from .._resource import AsyncHelpers, SyncHelpers
from ._database import CreatedInProject


class _Postgres(CreatedInProject[Postgres, PostgresCreateResult]):
    _kind = KINDS["postgres"]


class PostgresResource(SyncHelpers, _Postgres, generated.PostgresResource):
    """``client.postgres`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncPostgresResource(AsyncHelpers, _Postgres, generated.AsyncPostgresResource):
    """``client.postgres`` on ``AsyncDokploy``: the same, awaited."""

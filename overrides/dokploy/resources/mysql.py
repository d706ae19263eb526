"""``client.mysql``: Dokploy's mysql operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from dokploy_api.api import mysql as generated
from dokploy_api.models.mysql import Mysql
from dokploy_api.models.mysql_create_result import MysqlCreateResult

from .._databases import KINDS
from .._resource import AsyncHelpers, SyncHelpers
from ._database import CreatedInProject


class _Mysql(CreatedInProject[Mysql, MysqlCreateResult]):
    _kind = KINDS["mysql"]


class MysqlResource(SyncHelpers, _Mysql, generated.MysqlResource):
    """``client.mysql`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncMysqlResource(AsyncHelpers, _Mysql, generated.AsyncMysqlResource):
    """``client.mysql`` on ``AsyncDokploy``: the same, awaited."""

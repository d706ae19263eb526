"""``client.mongo``: Dokploy's mongo operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from dokploy_api.api import mongo as generated
from dokploy_api.models.mongo import Mongo
from dokploy_api.models.mongo_create_result import MongoCreateResult

from .._databases import KINDS
from .._resource import AsyncHelpers, SyncHelpers
from ._database import CreatedInProject


class _Mongo(CreatedInProject[Mongo, MongoCreateResult]):
    _kind = KINDS["mongo"]


class MongoResource(SyncHelpers, _Mongo, generated.MongoResource):
    """``client.mongo`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncMongoResource(AsyncHelpers, _Mongo, generated.AsyncMongoResource):
    """``client.mongo`` on ``AsyncDokploy``: the same, awaited."""

"""``client.redis``: Dokploy's redis operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from dokploy_api.api import redis as generated
from dokploy_api.models.redis import Redis
from dokploy_api.models.redis_create_result import RedisCreateResult

from .._databases import KINDS
from .._resource import AsyncHelpers, SyncHelpers
from ._database import CreatedInProject


class _Redis(CreatedInProject[Redis, RedisCreateResult]):
    _kind = KINDS["redis"]


class RedisResource(SyncHelpers, _Redis, generated.RedisResource):
    """``client.redis`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncRedisResource(AsyncHelpers, _Redis, generated.AsyncRedisResource):
    """``client.redis`` on ``AsyncDokploy``: the same, awaited."""

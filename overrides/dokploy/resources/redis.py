"""``client.redis``: Dokploy's redis operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dokploy_api.api import redis as generated
from dokploy_api.models.redis import Redis
from dokploy_api.models.redis_create_result import RedisCreateResult
from dokploy_api.types import UNSET, Unset

from .._databases import KINDS
from .._environments import ProjectRef
from .._resource import AsyncHelpers, SyncHelpers, helper
from ._database import CreatedInProject

if TYPE_CHECKING:
    from .._steps import Workflow


class _Redis(CreatedInProject[Redis, RedisCreateResult]):
    _kind = KINDS["redis"]

    @helper
    def create(
        self,
        *,
        name: str,
        database_password: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        app_name: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        server_id: str | Unset | None = UNSET,
    ) -> Workflow[RedisCreateResult]:
        """The generated ``redis.create``, in ``environment_id`` or in ``project_id``'s default
        (or ``environment=``) one."""
        return (yield from self._create(locals()))


class RedisResource(SyncHelpers, _Redis, generated.RedisResource):
    """``client.redis`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncRedisResource(AsyncHelpers, _Redis, generated.AsyncRedisResource):
    """``client.redis`` on ``AsyncDokploy``: the same, awaited."""

"""``client.mongo``: Dokploy's mongo operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dokploy_api.api import mongo as generated
from dokploy_api.models.mongo import Mongo
from dokploy_api.models.mongo_create_result import MongoCreateResult
from dokploy_api.types import UNSET, Unset

from .._databases import KINDS
from .._environments import ProjectRef
from .._resource import AsyncHelpers, SyncHelpers, helper
from ._database import CreatedInProject

if TYPE_CHECKING:
    from .._steps import Workflow


class _Mongo(CreatedInProject[Mongo, MongoCreateResult]):
    _kind = KINDS["mongo"]

    @helper
    def create(
        self,
        *,
        name: str,
        database_user: str,
        database_password: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        app_name: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        server_id: str | Unset | None = UNSET,
        replica_sets: bool | Unset | None = UNSET,
    ) -> Workflow[MongoCreateResult]:
        """The generated ``mongo.create``, in ``environment_id`` or in ``project_id``'s default
        (or ``environment=``) one."""
        return (yield from self._create(locals()))


class MongoResource(SyncHelpers, _Mongo, generated.MongoResource):
    """``client.mongo`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncMongoResource(AsyncHelpers, _Mongo, generated.AsyncMongoResource):
    """``client.mongo`` on ``AsyncDokploy``: the same, awaited."""

"""``client.mysql``: Dokploy's mysql operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dokploy_api.api import mysql as generated
from dokploy_api.models.mysql import Mysql
from dokploy_api.models.mysql_create_result import MysqlCreateResult
from dokploy_api.types import UNSET, Unset

from .._databases import KINDS
from .._environments import ProjectRef
from .._resource import AsyncHelpers, SyncHelpers, helper
from ._database import CreatedInProject

if TYPE_CHECKING:
    from .._steps import Workflow


class _Mysql(CreatedInProject[Mysql, MysqlCreateResult]):
    _kind = KINDS["mysql"]

    @helper
    def create(
        self,
        *,
        name: str,
        database_name: str,
        database_user: str,
        database_password: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        app_name: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        database_root_password: str | Unset = UNSET,
        server_id: str | Unset | None = UNSET,
    ) -> Workflow[MysqlCreateResult]:
        """The generated ``mysql.create``, in ``environment_id`` or in ``project_id``'s default
        (or ``environment=``) one."""
        return (yield from self._create(locals()))


class MysqlResource(SyncHelpers, _Mysql, generated.MysqlResource):
    """``client.mysql`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncMysqlResource(AsyncHelpers, _Mysql, generated.AsyncMysqlResource):
    """``client.mysql`` on ``AsyncDokploy``: the same, awaited."""

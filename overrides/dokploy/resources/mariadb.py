"""``client.mariadb``: Dokploy's mariadb operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dokploy_api.api import mariadb as generated
from dokploy_api.models.mariadb import Mariadb
from dokploy_api.models.mariadb_create_result import MariadbCreateResult
from dokploy_api.types import UNSET, Unset

from .._databases import KINDS
from .._environments import ProjectRef
from .._resource import AsyncHelpers, SyncHelpers, helper
from ._database import CreatedInProject

if TYPE_CHECKING:
    from .._steps import Workflow


class _Mariadb(CreatedInProject[Mariadb, MariadbCreateResult]):
    _kind = KINDS["mariadb"]

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
        database_root_password: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        server_id: str | Unset | None = UNSET,
    ) -> Workflow[MariadbCreateResult]:
        """The generated ``mariadb.create``, in ``environment_id`` or in ``project_id``'s default
        (or ``environment=``) one."""
        return (yield from self._create(locals()))


class MariadbResource(SyncHelpers, _Mariadb, generated.MariadbResource):
    """``client.mariadb`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncMariadbResource(AsyncHelpers, _Mariadb, generated.AsyncMariadbResource):
    """``client.mariadb`` on ``AsyncDokploy``: the same, awaited."""

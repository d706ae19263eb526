"""``client.postgres``: Dokploy's postgres operations, plus the database helpers (``resources._database``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dokploy_api.api import postgres as generated
from dokploy_api.models.postgres import Postgres
from dokploy_api.models.postgres_create_result import PostgresCreateResult
from dokploy_api.types import UNSET, Unset

from .._databases import KINDS
from .._environments import ProjectRef
from .._resource import AsyncHelpers, SyncHelpers, helper
from ._database import CreatedInProject

if TYPE_CHECKING:
    from .._steps import Workflow


class _Postgres(CreatedInProject[Postgres, PostgresCreateResult]):
    _kind = KINDS["postgres"]

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
        server_id: str | Unset | None = UNSET,
    ) -> Workflow[PostgresCreateResult]:
        """The generated ``postgres.create``, in ``environment_id`` or in ``project_id``'s default
        (or ``environment=``) one."""
        return (yield from self._create(locals()))


class PostgresResource(SyncHelpers, _Postgres, generated.PostgresResource):
    """``client.postgres`` on ``Dokploy``: the generated operations and the database helpers."""


class AsyncPostgresResource(AsyncHelpers, _Postgres, generated.AsyncPostgresResource):
    """``client.postgres`` on ``AsyncDokploy``: the same, awaited."""

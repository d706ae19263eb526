"""What every database router shares: create in a project, deploy (and wait), env vars.

Each database type has its own router and id keyword (``postgres_id``, ``mysql_id``,
...); ``dokploy._databases.KINDS`` names them once and each ``resources/<type>.py``
mixes ``Database`` in with its kind and record types. A private module: the registry
wires only ``resources/<router>.py``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from .._databases import Kind
from .._deploy import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, deploy_database
from .._environments import create_in
from .._envvars import EnvValue, save_database_env
from .._resource import Helpers, helper, identify
from .._steps import call
from ._service import unset_dropped

if TYPE_CHECKING:
    from .._steps import Workflow

M = TypeVar("M")  # Postgres, Mysql, ...: what ``<type>.one`` and ``<type>.deploy`` answer
C = TypeVar("C")  # PostgresCreateResult, ...: what ``<type>.create`` answers


class Database(Helpers, Generic[M]):
    """``deploy`` (``wait=True`` waits) and ``save_environment`` over the type's generated operations."""

    _kind: ClassVar[Kind]

    def _generated(self) -> Any:
        """The generated resource of this type (its operations, not the helpers)."""
        return super()

    def _ident(self, service_id: str | None, ids: dict[str, str]) -> dict[str, str]:
        return identify(self._kind.name, self._kind.id_argument, service_id, ids)

    @helper
    def deploy(
        self,
        /,
        service_id: str | None = None,
        *,
        wait: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        **ids: str,
    ) -> Workflow[M]:
        """Dokploy's deploy; ``wait=True`` returns the record once its ``applicationStatus``
        is ``done`` (``DeploymentFailed`` on error; databases deploy without a deployment record).

        The id is the first argument or the type's own keyword (``postgres_id=``), as in the
        generated operation."""
        ident = self._ident(service_id, ids)
        ops = self._generated()
        if not wait:
            deployed: M = yield from call(ops.deploy, **ident)
            return deployed
        record: M = yield from deploy_database(
            self._kind.name,
            ident[self._kind.id_argument],
            functools.partial(ops.deploy, **ident),
            functools.partial(ops.one, **ident),
            timeout=timeout,
            poll_interval=poll_interval,
        )
        return record

    @helper
    def save_environment(
        self,
        /,
        service_id: str | None = None,
        env: EnvValue | None = None,
        *,
        merge: bool = False,
        **ids: str,
    ) -> Workflow[bool]:
        """Set the env block from a dict or text (None or ``""`` clears); ``merge`` keeps
        variables not mentioned. The id is the first argument or the type's own keyword
        (``postgres_id=``), as in the generated operation."""
        ident = self._ident(service_id, dict(ids))
        ops = self._generated()
        return (
            yield from save_database_env(
                functools.partial(ops.one, **ident),
                functools.partial(ops.save_environment, **ident),
                env,
                merge=merge,
            )
        )


class CreatedInProject(Database[M], Generic[M, C]):
    """The types whose create answers the record: each ``resources/<type>.py`` types its
    ``create`` with the fields of the generated one, plus ``project_id=``, and runs ``_create``."""

    def _create(self, arguments: dict[str, Any]) -> Workflow[C]:
        """``create`` with ``arguments``, its ``locals()``: its signature is the one list of
        the type's fields, so a field added there is sent, never dropped on the way.

        In ``environment_id``, or in ``project_id``'s default (or ``environment=``) one;
        fields left ``UNSET`` are Dokploy's to default, and one this client's create does
        not take raises ``OperationNotAvailable`` naming it.
        """
        fields = {key: value for key, value in arguments.items() if key != "self"}
        where = {key: fields.pop(key) for key in ("environment_id", "project_id", "environment")}
        record: C = yield from create_in(
            self._client,
            self._generated().create,
            self._kind.name,
            self._kind.name,
            **where,
            fields=unset_dropped(**fields),
        )
        return record

"""``client.databases("postgres")``: one surface over every database type.

Each type has its own router and id field (``postgresId``, ``mysqlId``, ...);
``KINDS`` maps them once (the overview and backup owners read it too) so
callers write ``.one(id)``, ``.deploy(id, wait=True)``. Some creates answer
``true`` or nothing instead of the record (libsql; redis on some versions):
then the record is found in the environment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import attrs

from . import _compat
from ._deploy import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, deploy_database
from ._environments import ProjectRef, create_in
from ._envvars import EnvValue, save_database_env
from ._steps import Call, run_async, run_sync

if TYPE_CHECKING:
    from collections.abc import Generator

DatabaseType = Literal["postgres", "mysql", "mariadb", "mongo", "redis", "libsql"]
M = TypeVar("M")  # Postgres, Mysql, ...: what ``<type>.one`` answers
C = TypeVar("C")  # PostgresCreateResult, ...: what ``create`` answers (Libsql: the fetched record)


@attrs.frozen
class Kind:
    """One database type: its router (also its ``environment`` attribute) and id argument."""

    name: str
    id_argument: str
    backups: bool = True  # can own a backup (``backup.create``'s ``<type>_id``)


KINDS: dict[str, Kind] = {
    "postgres": Kind("postgres", "postgres_id"),
    "mysql": Kind("mysql", "mysql_id"),
    "mariadb": Kind("mariadb", "mariadb_id"),
    "mongo": Kind("mongo", "mongo_id"),
    "redis": Kind("redis", "redis_id", backups=False),
    "libsql": Kind("libsql", "libsql_id"),
}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"{name!r} is not a database type: {', '.join(KINDS)}") from None


def _one(db: Kind, service_id: str) -> Generator[Call, Any, Any]:
    return (yield Call(f"{db.name}.one", {db.id_argument: service_id}))


class Database(Generic[M, C]):
    """The operations every database type shares, on ``Dokploy``."""

    def __init__(self, api: Any, db: Kind) -> None:
        self._api, self._db = api, db

    @property
    def type(self) -> str:
        return self._db.name

    def create(
        self,
        *,
        name: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        **fields: Any,
    ) -> C:
        """Create it in ``environment_id``, or in ``project_id``'s default/named environment.

        ``fields`` are the type's own create arguments (``database_password=``, ...).
        """
        work = create_in(
            self._api,
            _compat.operation(self._api, f"{self._db.name}.create"),
            self._db.name,
            self._db.name,
            environment_id=environment_id,
            project_id=project_id,
            environment=environment,
            fields={"name": name, **fields},
        )
        record: C = run_sync(work, self._api)
        return record

    def one(self, service_id: str) -> M:
        record: M = run_sync(_one(self._db, service_id), self._api)
        return record

    @overload
    def deploy(
        self, service_id: str, *, wait: Literal[True], timeout: float = ..., poll_interval: float = ...
    ) -> M: ...
    @overload
    def deploy(
        self,
        service_id: str,
        *,
        wait: Literal[False] = ...,
        timeout: float = ...,
        poll_interval: float = ...,
    ) -> None: ...
    @overload
    def deploy(
        self,
        service_id: str,
        *,
        wait: bool,
        timeout: float = ...,
        poll_interval: float = ...,
    ) -> M | None: ...
    def deploy(
        self,
        service_id: str,
        *,
        wait: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> M | None:
        """Deploy; with ``wait``, the record once it is ``done`` (``DeploymentFailed`` on error)."""
        work = deploy_database(
            self._db.name,
            self._db.id_argument,
            service_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
        )
        record: M | None = run_sync(work, self._api)
        return record

    def start(self, service_id: str) -> Any:
        """The row ``<type>.start`` answers: its exact model is on ``client.<type>.start``."""
        record: Any = run_sync(self._simple("start", service_id), self._api)
        return record

    def stop(self, service_id: str) -> Any:
        """The row ``<type>.stop`` answers: its exact model is on ``client.<type>.stop``."""
        record: Any = run_sync(self._simple("stop", service_id), self._api)
        return record

    def remove(self, service_id: str) -> Any:
        """The row ``<type>.remove`` answers: its exact model is on ``client.<type>.remove``."""
        record: Any = run_sync(self._simple("remove", service_id), self._api)
        return record

    def save_environment(self, service_id: str, env: EnvValue, *, merge: bool = False) -> bool:
        """Set the env block from a dict or text; ``merge`` keeps variables not mentioned."""
        work = save_database_env(self._db.name, self._db.id_argument, service_id, env, merge=merge)
        saved: bool = run_sync(work, self._api)
        return saved

    def _simple(self, verb: str, service_id: str) -> Generator[Call, Any, Any]:
        return (yield Call(f"{self._db.name}.{verb}", {self._db.id_argument: service_id}))


class AsyncDatabase(Generic[M, C]):
    """The async twin of ``Database``."""

    def __init__(self, api: Any, db: Kind) -> None:
        self._api, self._db = api, db

    @property
    def type(self) -> str:
        return self._db.name

    async def create(
        self,
        *,
        name: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        **fields: Any,
    ) -> C:
        work = create_in(
            self._api,
            _compat.operation(self._api, f"{self._db.name}.create"),
            self._db.name,
            self._db.name,
            environment_id=environment_id,
            project_id=project_id,
            environment=environment,
            fields={"name": name, **fields},
        )
        record: C = await run_async(work, self._api)
        return record

    async def one(self, service_id: str) -> M:
        record: M = await run_async(_one(self._db, service_id), self._api)
        return record

    @overload
    async def deploy(
        self, service_id: str, *, wait: Literal[True], timeout: float = ..., poll_interval: float = ...
    ) -> M: ...
    @overload
    async def deploy(
        self,
        service_id: str,
        *,
        wait: Literal[False] = ...,
        timeout: float = ...,
        poll_interval: float = ...,
    ) -> None: ...
    @overload
    async def deploy(
        self,
        service_id: str,
        *,
        wait: bool,
        timeout: float = ...,
        poll_interval: float = ...,
    ) -> M | None: ...
    async def deploy(
        self,
        service_id: str,
        *,
        wait: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> M | None:
        work = deploy_database(
            self._db.name,
            self._db.id_argument,
            service_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
        )
        record: M | None = await run_async(work, self._api)
        return record

    async def start(self, service_id: str) -> Any:
        """The row ``<type>.start`` answers: its exact model is on ``client.<type>.start``."""
        record: Any = await run_async(self._simple("start", service_id), self._api)
        return record

    async def stop(self, service_id: str) -> Any:
        """The row ``<type>.stop`` answers: its exact model is on ``client.<type>.stop``."""
        record: Any = await run_async(self._simple("stop", service_id), self._api)
        return record

    async def remove(self, service_id: str) -> Any:
        """The row ``<type>.remove`` answers: its exact model is on ``client.<type>.remove``."""
        record: Any = await run_async(self._simple("remove", service_id), self._api)
        return record

    async def save_environment(self, service_id: str, env: EnvValue, *, merge: bool = False) -> bool:
        work = save_database_env(self._db.name, self._db.id_argument, service_id, env, merge=merge)
        saved: bool = await run_async(work, self._api)
        return saved

    def _simple(self, verb: str, service_id: str) -> Generator[Call, Any, Any]:
        return (yield Call(f"{self._db.name}.{verb}", {self._db.id_argument: service_id}))

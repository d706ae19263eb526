"""Which environment a create goes to: Dokploy wants an environment id, users know projects.

One rule, ``environment_for``: the environment named, else the default one. Every
helper goes through it: ``project_environment`` (``client.project.environment``) loads
the project and picks; ``resolve_environment_id`` picks from a project the caller
already loaded, else loads it the same way; ``create_in`` creates a service there and
returns its record whatever the create answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from dokploy_api.types import Unset

from ._compat import SET_AFTER_CREATE, accepts, has, missing
from ._created import MISSING, Listing, create_or_find, field, is_record
from ._exceptions import ConfigurationError
from ._steps import Call, Workflow, call
from ._workflow_exceptions import EnvironmentNotFound

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias

    from dokploy_api.api import Resources
    from dokploy_api.models.project_one_environment import ProjectOneEnvironment

DEFAULT_NAME = "production"


class HasProjectId(Protocol):
    """A ``Project``, a ``ProjectSummary`` from ``overview()``, or anything with its id."""

    @property
    def project_id(self) -> str: ...


ProjectRef: TypeAlias = "str | HasProjectId"


def project_id_of(project: object) -> str:
    """The id of ``project_id=``: a string, or an object's string ``project_id``."""
    if isinstance(project, str):
        return project
    value = getattr(project, "project_id", None)
    if isinstance(value, str):
        return value
    raise TypeError(
        "project_id= takes a project id (str) or an object with a string project_id "
        f"(Project, ProjectSummary); got {type(project).__name__}"
    )


def environment_for(project: Any, name: str | None = None) -> Any:
    """``name``'s environment, else the default one (``isDefault``, else "production").

    Its type is the project's own environment rows (``ProjectOneEnvironment`` of
    ``project.one``, ``ProjectAllEnvironment`` of ``project.all``): callers annotate it.
    """
    raw = getattr(project, "environments", None)
    environments: list[Any] = [] if raw is None or isinstance(raw, Unset) else list(raw)
    if name is not None:
        for env in environments:
            if env.name == name:
                return env
    else:
        for env in environments:
            if env.is_default is True:
                return env
        for env in environments:
            if env.name == DEFAULT_NAME:
                return env
    available = [e.name for e in environments if isinstance(e.name, str)]
    raise EnvironmentNotFound(project_id_of(project), name, available)


def project_environment(
    api: Resources, project: ProjectRef, name: str | None = None
) -> Workflow[ProjectOneEnvironment]:
    """``project.one`` of ``project``, then its environment ``name`` (or the default one)."""
    loaded = yield from call(api.project.one, project_id=project_id_of(project))
    env: ProjectOneEnvironment = environment_for(loaded, name)
    return env


def resolve_environment_id(
    api: Resources,
    *,
    environment_id: str | None,
    project_id: ProjectRef | None,
    environment: str | None,
) -> Workflow[str]:
    """The environment id a create needs, from whichever of the three the caller gave."""
    if environment_id is not None:
        if project_id is not None or environment is not None:
            raise ConfigurationError("pass environment_id, or project_id (and environment), not both")
        return environment_id
    if project_id is None:
        raise ConfigurationError("pass environment_id=, or project_id= (a Project or its id)")
    # A loaded project (Project, ProjectSummary) already lists its environments.
    if isinstance(getattr(project_id, "environments", None), (list, tuple)):
        return str(environment_for(project_id, environment).environment_id)
    env = yield from project_environment(api, project_id, environment)
    return env.environment_id


def with_environment(
    api: Resources,
    fields: dict[str, Any],
    *,
    environment_id: str | None,
    project_id: ProjectRef | None,
    environment: str | None,
) -> Workflow[dict[str, Any]]:
    """A create's body with the resolved ``environment_id`` added."""
    env_id = yield from resolve_environment_id(
        api, environment_id=environment_id, project_id=project_id, environment=environment
    )
    return {**fields, "environment_id": env_id}


def service_listing(router: str, attribute: str, environment_id: str) -> Listing:
    """Where a service of ``router`` shows up: ``environment.one``'s ``attribute``."""
    return Listing(
        Call("environment.one", {"environment_id": environment_id}),
        f"{router}_id",
        lambda e: _services_of(e, attribute),
        fetch=f"{router}.one",
    )


def _services_of(environment: Any, attribute: str) -> list[Any]:
    """The environment's services of one type; none where the server does not list that
    type at all (libsql on v0.28.8), so the create itself says what is missing."""
    items = getattr(environment, attribute, None)
    return [] if items is None or isinstance(items, Unset) else list(items)


def create_in(
    api: Resources,
    create: Callable[..., Any],
    router: str,
    attribute: str,
    *,
    environment_id: str | None,
    project_id: ProjectRef | None,
    environment: str | None,
    fields: dict[str, Any],
) -> Workflow[Any]:
    """``create`` (the generated ``router.create``) in the resolved environment; the record,
    also when the create answers nothing or ``true`` (some versions and types do), found by name.

    Fields the create does not take on this client's Dokploy version, or that the
    server dropped (``SET_AFTER_CREATE``), are set with the update right after.
    """
    target = f"{router}.create"
    if not has(target):  # before resolving anything: this client cannot create it at all
        raise missing(target)
    fields, later = split_late_fields(target, fields)
    body = yield from with_environment(
        api, fields, environment_id=environment_id, project_id=project_id, environment=environment
    )
    listing = service_listing(router, attribute, body["environment_id"])
    record = yield from create_or_find(target, Call(create, body), listing, {"name": body["name"]})
    return (yield from set_late_fields(router, record, fields, later))


def split_late_fields(target: str, fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``fields`` the create takes, and those to send with its update instead (the
    generated create of this version lacks them; its update has them)."""
    update, _ = SET_AFTER_CREATE.get(target, (None, ()))
    now, later = dict(fields), {}
    for name in list(now):
        if name in ("name", "environment_id") or accepts(target, name):
            continue
        if update is None or not accepts(update, name):
            raise missing(target, field=name)
        later[name] = now.pop(name)
    return now, later


def set_late_fields(router: str, record: Any, sent: dict[str, Any], later: dict[str, Any]) -> Workflow[Any]:
    """The record, after setting what the create could not take or the server dropped
    (the record shows another value than was sent, e.g. ``sourceType`` on v0.28.8)."""
    update, droppable = SET_AFTER_CREATE.get(f"{router}.create", (None, ()))
    dropped = {
        n: sent[n] for n in droppable if n in sent and field(record, n) not in (sent[n], None, MISSING)
    }
    changes = {**dropped, **later}
    if update is None or not changes:
        return record
    ident = {f"{router}_id": field(record, f"{router}_id")}
    answer = yield Call(update, {**ident, **changes})
    return answer if is_record(answer) else (yield Call(f"{router}.one", ident))

"""Which environment a create goes to: Dokploy wants an environment id, users know projects.

``environment_for`` picks from a loaded ``Project``; ``resolve_environment_id``
is the workflow that loads the project first when it has to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dokploy_api.models.project import Project
from dokploy_api.types import Unset

from ._exceptions import ConfigurationError
from ._steps import Call, Workflow
from ._workflow_exceptions import EnvironmentNotFound

if TYPE_CHECKING:
    from dokploy_api.models.environment import Environment

DEFAULT_NAME = "production"


def environment_for(project: Project, name: str | None = None) -> Environment:
    """``name``'s environment, else the default one (``isDefault``, else "production")."""
    environments = [] if isinstance(project.environments, Unset) else list(project.environments)
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
    raise EnvironmentNotFound(str(project.project_id), name, available)


def resolve_environment_id(
    *,
    environment_id: str | None,
    project_id: str | Project | None,
    environment: str | None,
) -> Workflow[str]:
    """The environment id a create needs, from whichever of the three the caller gave."""
    if environment_id is not None:
        if project_id is not None or environment is not None:
            raise ConfigurationError("pass environment_id, or project_id (and environment), not both")
        return environment_id
    if project_id is None:
        raise ConfigurationError("pass environment_id=, or project_id= (a Project or its id)")
    project: Any = project_id
    if not isinstance(project, Project) or isinstance(project.environments, Unset):
        wanted = project.project_id if isinstance(project, Project) else project
        project = yield Call("project.one", {"project_id": wanted})
    return environment_for(project, environment).environment_id


def with_environment(
    fields: dict[str, Any],
    *,
    environment_id: str | None,
    project_id: str | Project | None,
    environment: str | None,
) -> Workflow[dict[str, Any]]:
    """A create's body with the resolved ``environment_id`` added."""
    env_id = yield from resolve_environment_id(
        environment_id=environment_id, project_id=project_id, environment=environment
    )
    return {**fields, "environment_id": env_id}

"""``client.projects``, ``client.applications``, ``client.composes``: the seed's workflows.

Thin front ends: each method builds a workflow (``_environments``, ``_deploy``,
``_envvars``) and runs it on the sync or async client; the generated routers
(``client.application``, ...) stay available for everything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from . import _compat
from ._deploy import (
    APPLICATION,
    COMPOSE,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_TIMEOUT,
    DeployTarget,
    deploy_service,
)
from ._environments import ProjectRef, create_in, environment_for, project_id_of
from ._envvars import EnvInput, EnvValue, save_application_env, save_compose_env
from ._exceptions import NotFoundError
from ._steps import Call, Workflow, run_async, run_sync

if TYPE_CHECKING:
    from collections.abc import Generator

    from dokploy_api.models.application_create_result import ApplicationCreateResult as Application
    from dokploy_api.models.compose_create_result import ComposeCreateResult as Compose
    from dokploy_api.models.deployment_all_item import DeploymentAllItem as Deployment
    from dokploy_api.models.project import Project
    from dokploy_api.models.project_create_result import ProjectCreateResult
    from dokploy_api.models.project_one_environment import ProjectOneEnvironment as Environment


def _environment(project_id: ProjectRef, name: str | None) -> Workflow[Environment]:
    project: Project = yield Call("project.one", {"project_id": project_id_of(project_id)})
    env: Environment = environment_for(project, name)
    return env


def _call(target: str, **kwargs: Any) -> Generator[Call, Any, Any]:
    return (yield Call(target, kwargs))


def _services(compose_id: str, refresh: bool) -> Workflow[list[str]]:
    """``loadServices`` from the cached compose file; if there is none yet (404 on a
    compose never fetched or deployed) or ``refresh``, fetch it from its source."""
    if not refresh:
        try:
            cached: list[str] = yield Call(
                "compose.load_services", {"compose_id": compose_id, "type_": "cache"}
            )
            return cached
        except NotFoundError:
            pass
    fetched: list[str] = yield Call("compose.load_services", {"compose_id": compose_id, "type_": "fetch"})
    return fetched


def _project_fields(name: str, description: str | None) -> dict[str, Any]:
    return {"name": name} if description is None else {"name": name, "description": description}


class _Sync:
    def __init__(self, api: Any) -> None:
        self._api = api


class Projects(_Sync):
    """``client.projects``: create with its environment, and environment lookup."""

    def create(self, *, name: str, description: str | None = None) -> ProjectCreateResult:
        """The new project and its default environment (``result.environment.environment_id``)."""
        result: ProjectCreateResult = run_sync(
            _call("project.create", **_project_fields(name, description)), self._api
        )
        return result

    def environment(self, project_id: ProjectRef, name: str | None = None) -> Environment:
        """The project's environment ``name``, or its default; ``EnvironmentNotFound`` if none."""
        env: Environment = run_sync(_environment(project_id, name), self._api)
        return env


class _Service(_Sync):
    _target: DeployTarget

    def _deploy(self, service_id: str, **options: Any) -> Deployment | None:
        result: Deployment | None = run_sync(deploy_service(self._target, service_id, **options), self._api)
        return result

    def deployments(self, service_id: str) -> list[Deployment]:
        """Its deployments, newest first (``deployment.all`` / ``allByCompose``)."""
        result: list[Deployment] = run_sync(
            _call(self._target.listing, **{self._target.id_argument: service_id}), self._api
        )
        return result


class Applications(_Service):
    """``client.applications``: create anywhere a project reaches, deploy and wait, env vars."""

    _target = APPLICATION

    def create(
        self,
        *,
        name: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        **fields: Any,
    ) -> Application:
        """Create in ``environment_id``, or ``project_id``'s default (or ``environment=``) one."""
        app: Application = run_sync(
            create_in(
                self._api,
                _compat.operation(self._api, "application.create"),
                "application",
                "applications",
                environment_id=environment_id,
                project_id=project_id,
                environment=environment,
                fields={"name": name, **fields},
            ),
            self._api,
        )
        return app

    @overload
    def deploy(
        self,
        application_id: str,
        *,
        wait: Literal[True],
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> Deployment: ...
    @overload
    def deploy(
        self,
        application_id: str,
        *,
        wait: Literal[False] = ...,
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> None: ...
    @overload
    def deploy(
        self,
        application_id: str,
        *,
        wait: bool,
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> Deployment | None: ...
    def deploy(
        self,
        application_id: str,
        *,
        wait: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        title: str | None = None,
        description: str | None = None,
    ) -> Deployment | None:
        """Queue a deploy; with ``wait``, the finished ``Deployment`` (or ``DeploymentFailed``,
        ``DeploymentTimeout``)."""
        return self._deploy(
            application_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            title=title,
            description=description,
        )

    def save_environment(
        self,
        application_id: str,
        env: EnvValue,
        *,
        build_args: EnvInput = None,
        build_secrets: EnvInput = None,
        create_env_file: bool | None = None,
        merge: bool = False,
    ) -> bool:
        """Replace the env block with a dict or a ``"A=1\\nB=2"`` block (``""`` clears it;
        ``merge`` keeps variables not mentioned). ``build_args``, ``build_secrets`` and
        ``create_env_file`` not given are kept as stored."""
        saved: bool = run_sync(
            save_application_env(
                application_id,
                env,
                build_args=build_args,
                build_secrets=build_secrets,
                create_env_file=create_env_file,
                merge=merge,
            ),
            self._api,
        )
        return saved


class Composes(_Service):
    """``client.composes``: create, deploy and wait, env vars, services."""

    _target = COMPOSE

    def create(
        self,
        *,
        name: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        **fields: Any,
    ) -> Compose:
        """Create in ``environment_id``, or ``project_id``'s default (or ``environment=``) one."""
        compose: Compose = run_sync(
            create_in(
                self._api,
                _compat.operation(self._api, "compose.create"),
                "compose",
                "compose",
                environment_id=environment_id,
                project_id=project_id,
                environment=environment,
                fields={"name": name, **fields},
            ),
            self._api,
        )
        return compose

    @overload
    def deploy(
        self,
        compose_id: str,
        *,
        wait: Literal[True],
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> Deployment: ...
    @overload
    def deploy(
        self,
        compose_id: str,
        *,
        wait: Literal[False] = ...,
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> None: ...
    @overload
    def deploy(
        self,
        compose_id: str,
        *,
        wait: bool,
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> Deployment | None: ...
    def deploy(
        self,
        compose_id: str,
        *,
        wait: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        title: str | None = None,
        description: str | None = None,
    ) -> Deployment | None:
        """Queue a deploy; with ``wait``, the finished ``Deployment``."""
        return self._deploy(
            compose_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            title=title,
            description=description,
        )

    def save_environment(
        self,
        compose_id: str,
        env: EnvValue,
        *,
        create_env_file: bool | None = None,
        merge: bool = False,
    ) -> bool:
        """Set env vars from a dict or a block; ``merge`` keeps variables not mentioned."""
        saved: bool = run_sync(
            save_compose_env(compose_id, env, create_env_file=create_env_file, merge=merge),
            self._api,
        )
        return saved

    def services(self, compose_id: str, *, refresh: bool = False) -> list[str]:
        """The service names in its compose file; ``refresh`` re-reads the source (git clone)."""
        names: list[str] = run_sync(_services(compose_id, refresh), self._api)
        return names


class AsyncProjects(_Sync):
    """The async twin of ``Projects``."""

    async def create(self, *, name: str, description: str | None = None) -> ProjectCreateResult:
        result: ProjectCreateResult = await run_async(
            _call("project.create", **_project_fields(name, description)), self._api
        )
        return result

    async def environment(self, project_id: ProjectRef, name: str | None = None) -> Environment:
        env: Environment = await run_async(_environment(project_id, name), self._api)
        return env


class _AsyncService(_Sync):
    _target: DeployTarget

    async def _deploy(self, service_id: str, **options: Any) -> Deployment | None:
        result: Deployment | None = await run_async(
            deploy_service(self._target, service_id, **options), self._api
        )
        return result

    async def deployments(self, service_id: str) -> list[Deployment]:
        result: list[Deployment] = await run_async(
            _call(self._target.listing, **{self._target.id_argument: service_id}), self._api
        )
        return result


class AsyncApplications(_AsyncService):
    """The async twin of ``Applications``."""

    _target = APPLICATION

    async def create(
        self,
        *,
        name: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        **fields: Any,
    ) -> Application:
        app: Application = await run_async(
            create_in(
                self._api,
                _compat.operation(self._api, "application.create"),
                "application",
                "applications",
                environment_id=environment_id,
                project_id=project_id,
                environment=environment,
                fields={"name": name, **fields},
            ),
            self._api,
        )
        return app

    @overload
    async def deploy(
        self,
        application_id: str,
        *,
        wait: Literal[True],
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> Deployment: ...
    @overload
    async def deploy(
        self,
        application_id: str,
        *,
        wait: Literal[False] = ...,
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> None: ...
    @overload
    async def deploy(
        self,
        application_id: str,
        *,
        wait: bool,
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> Deployment | None: ...
    async def deploy(
        self,
        application_id: str,
        *,
        wait: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        title: str | None = None,
        description: str | None = None,
    ) -> Deployment | None:
        return await self._deploy(
            application_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            title=title,
            description=description,
        )

    async def save_environment(
        self,
        application_id: str,
        env: EnvValue,
        *,
        build_args: EnvInput = None,
        build_secrets: EnvInput = None,
        create_env_file: bool | None = None,
        merge: bool = False,
    ) -> bool:
        saved: bool = await run_async(
            save_application_env(
                application_id,
                env,
                build_args=build_args,
                build_secrets=build_secrets,
                create_env_file=create_env_file,
                merge=merge,
            ),
            self._api,
        )
        return saved


class AsyncComposes(_AsyncService):
    """The async twin of ``Composes``."""

    _target = COMPOSE

    async def create(
        self,
        *,
        name: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        **fields: Any,
    ) -> Compose:
        compose: Compose = await run_async(
            create_in(
                self._api,
                _compat.operation(self._api, "compose.create"),
                "compose",
                "compose",
                environment_id=environment_id,
                project_id=project_id,
                environment=environment,
                fields={"name": name, **fields},
            ),
            self._api,
        )
        return compose

    @overload
    async def deploy(
        self,
        compose_id: str,
        *,
        wait: Literal[True],
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> Deployment: ...
    @overload
    async def deploy(
        self,
        compose_id: str,
        *,
        wait: Literal[False] = ...,
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> None: ...
    @overload
    async def deploy(
        self,
        compose_id: str,
        *,
        wait: bool,
        timeout: float = ...,
        poll_interval: float = ...,
        title: str | None = ...,
        description: str | None = ...,
    ) -> Deployment | None: ...
    async def deploy(
        self,
        compose_id: str,
        *,
        wait: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        title: str | None = None,
        description: str | None = None,
    ) -> Deployment | None:
        return await self._deploy(
            compose_id,
            wait=wait,
            timeout=timeout,
            poll_interval=poll_interval,
            title=title,
            description=description,
        )

    async def save_environment(
        self,
        compose_id: str,
        env: EnvValue,
        *,
        create_env_file: bool | None = None,
        merge: bool = False,
    ) -> bool:
        saved: bool = await run_async(
            save_compose_env(compose_id, env, create_env_file=create_env_file, merge=merge),
            self._api,
        )
        return saved

    async def services(self, compose_id: str, *, refresh: bool = False) -> list[str]:
        names: list[str] = await run_async(_services(compose_id, refresh), self._api)
        return names

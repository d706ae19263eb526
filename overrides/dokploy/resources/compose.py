"""``client.compose``: Dokploy's compose operations, plus the workflows over them.

``create`` also takes ``project_id=``, ``save_environment`` takes a dict (falling back to
``compose.update`` where there is no ``compose.saveEnvironment``), ``deploy(id, wait=True)``
follows the deployment it triggered, ``services`` reads the compose file's service names.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

from dokploy_api.api import compose as generated
from dokploy_api.types import UNSET, Unset

from .._compat import has
from .._environments import ProjectRef, create_in
from .._envvars import SAVE, EnvValue, save_compose_env
from .._exceptions import NotFoundError
from .._resource import AsyncHelpers, SyncHelpers, helper
from .._steps import Workflow, call
from ._service import Service, unset_dropped

if TYPE_CHECKING:
    from dokploy_api.models.compose_create_body_compose_type import ComposeCreateBodyComposeType
    from dokploy_api.models.compose_create_body_source_type import ComposeCreateBodySourceType
    from dokploy_api.models.compose_create_result import ComposeCreateResult
    from dokploy_api.models.compose_deploy_result import ComposeDeployResult  # noqa: F401 (a string below)


class _Compose(Service["bool | ComposeDeployResult"]):  # a string: older clients lack the model
    _kind = "compose"

    def _ops(self) -> generated.ComposeResource:
        return cast("generated.ComposeResource", self._generated())

    @helper
    def create(
        self,
        *,
        name: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        description: str | Unset | None = UNSET,
        compose_type: ComposeCreateBodyComposeType | Unset = UNSET,
        app_name: str | Unset = UNSET,
        server_id: str | Unset | None = UNSET,
        compose_file: str | Unset = UNSET,
        source_type: ComposeCreateBodySourceType | Unset = UNSET,
    ) -> Workflow[ComposeCreateResult]:
        """Create in ``environment_id``, or in ``project_id``'s default (or ``environment=``) one."""
        fields = unset_dropped(
            name=name,
            description=description,
            compose_type=compose_type,
            app_name=app_name,
            server_id=server_id,
            compose_file=compose_file,
            source_type=source_type,
        )
        record: ComposeCreateResult = yield from create_in(
            self._client,
            self._ops().create,
            "compose",
            "compose",
            environment_id=environment_id,
            project_id=project_id,
            environment=environment,
            fields=fields,
        )
        return record

    @helper
    def save_environment(
        self,
        compose_id: str,
        env: EnvValue | None,
        *,
        create_env_file: bool | Unset = UNSET,
        merge: bool = False,
    ) -> Workflow[bool]:
        """Set env vars from a dict or a block (None or ``""`` clears); ``merge`` keeps
        variables not mentioned."""
        ops = self._ops()
        return (
            yield from save_compose_env(
                functools.partial(self._client.compose.one, compose_id=compose_id),
                functools.partial(ops.save_environment, compose_id=compose_id) if has(SAVE) else None,
                functools.partial(ops.update, compose_id=compose_id),
                env,
                create_env_file=create_env_file,
                merge=merge,
            )
        )

    @helper
    def services(self, compose_id: str, *, refresh: bool = False) -> Workflow[list[str]]:
        """The service names in its compose file; ``refresh`` re-reads the source (git clone).

        From the cached compose file; if there is none yet (404 on a compose never fetched
        or deployed) or ``refresh``, fetched from its source.
        """
        load = self._client.compose.load_services
        if not refresh:
            try:
                return (yield from call(load, compose_id=compose_id, type_="cache"))
            except NotFoundError:
                pass
        return (yield from call(load, compose_id=compose_id, type_="fetch"))


class ComposeResource(SyncHelpers, _Compose, generated.ComposeResource):
    """``client.compose`` on ``Dokploy``: the generated operations and the helpers above."""


class AsyncComposeResource(AsyncHelpers, _Compose, generated.AsyncComposeResource):
    """``client.compose`` on ``AsyncDokploy``: the same, awaited."""

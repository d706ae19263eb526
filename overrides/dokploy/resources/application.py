"""``client.application``: Dokploy's application operations, plus the workflows over them.

``create`` also takes ``project_id=`` (the environment resolved), ``save_environment``
takes a dict and keeps what it is not given, ``deploy(id, wait=True)`` follows the
deployment it triggered, ``deployments`` lists them newest first.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

from dokploy_api.api import application as generated
from dokploy_api.types import UNSET, Unset

from .._environments import ProjectRef, create_in
from .._envvars import EnvInput, EnvValue, save_application_env
from .._resource import AsyncHelpers, SyncHelpers, helper
from .._steps import Workflow
from ._service import Service, unset_dropped

if TYPE_CHECKING:
    from dokploy_api.models.application_create_body_source_type import ApplicationCreateBodySourceType
    from dokploy_api.models.application_create_result import ApplicationCreateResult


class _Application(Service[bool | None]):
    _kind = "application"

    def _ops(self) -> generated.ApplicationResource:
        return cast("generated.ApplicationResource", self._generated())

    @helper
    def create(
        self,
        *,
        name: str,
        environment_id: str | None = None,
        project_id: ProjectRef | None = None,
        environment: str | None = None,
        app_name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        server_id: str | Unset | None = UNSET,
        source_type: ApplicationCreateBodySourceType | Unset = UNSET,
    ) -> Workflow[ApplicationCreateResult]:
        """Create in ``environment_id``, or in ``project_id``'s default (or ``environment=``) one.

        ``project_id`` is an id, a ``Project`` or an ``overview()`` entry. A ``source_type``
        an older Dokploy drops on create is set with ``application.update`` right after.
        """
        fields = unset_dropped(
            name=name,
            app_name=app_name,
            description=description,
            server_id=server_id,
            source_type=source_type,
        )
        record: ApplicationCreateResult = yield from create_in(
            self._client,
            self._ops().create,
            "application",
            "applications",
            environment_id=environment_id,
            project_id=project_id,
            environment=environment,
            fields=fields,
        )
        return record

    @helper
    def save_environment(
        self,
        application_id: str,
        env: EnvValue | None,
        *,
        build_args: EnvInput | Unset = UNSET,
        build_secrets: EnvInput | Unset = UNSET,
        create_env_file: bool | Unset = UNSET,
        merge: bool = False,
    ) -> Workflow[bool]:
        """Set the env block from a dict or a ``"A=1\\nB=2"`` block (``""`` or None clears it;
        ``merge`` keeps variables not mentioned). ``build_args``, ``build_secrets`` and
        ``create_env_file`` not given are kept as stored."""
        return (
            yield from save_application_env(
                functools.partial(self._client.application.one, application_id=application_id),
                functools.partial(self._ops().save_environment, application_id=application_id),
                env,
                build_args=build_args,
                build_secrets=build_secrets,
                create_env_file=create_env_file,
                merge=merge,
            )
        )


class ApplicationResource(SyncHelpers, _Application, generated.ApplicationResource):
    """``client.application`` on ``Dokploy``: the generated operations and the helpers above."""


class AsyncApplicationResource(AsyncHelpers, _Application, generated.AsyncApplicationResource):
    """``client.application`` on ``AsyncDokploy``: the same, awaited."""

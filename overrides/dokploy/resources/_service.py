"""What applications and compose services share: deploy and wait, their deployments, create.

A private module (the registry wires only ``resources/<router>.py``); the routers'
own files mix it in.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, ClassVar

from .._deploy import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, deploy_service
from .._resource import Helpers, helper
from .._steps import Workflow, call

if TYPE_CHECKING:
    from collections.abc import Callable

    from dokploy_api.models.deployment_all_item import DeploymentAllItem as Deployment


def unset_dropped(**fields: Any) -> dict[str, Any]:
    """The create's keyword arguments the caller gave (``UNSET`` ones are left to Dokploy)."""
    from dokploy_api.types import Unset

    return {name: value for name, value in fields.items() if not isinstance(value, Unset)}


class Service(Helpers):
    """``deploy_and_wait`` and ``deployments``, over a router's generated ``deploy`` and the
    deployment listing of its kind (``deployment.all`` / ``deployment.allByCompose``)."""

    _kind: ClassVar[str]  # "application" or "compose"

    def _generated(self) -> Any:
        """The generated resource (its operations, not the helpers)."""
        return super()

    def _listing(self, service_id: str) -> Callable[[], list[Deployment]]:
        deployment = self._client.deployment
        if self._kind == "compose":
            return functools.partial(deployment.all_by_compose, compose_id=service_id)
        return functools.partial(deployment.all, application_id=service_id)

    @helper
    def deploy_and_wait(
        self,
        service_id: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        title: str | None = None,
        description: str | None = None,
    ) -> Workflow[Deployment]:
        """Deploy and return the finished ``Deployment`` it started (``DeploymentFailed``,
        ``DeploymentTimeout``); ``deploy`` only queues it.

        The deploy carries a unique title (unless ``title=``), so a webhook's deployment
        landing meanwhile, or an old one saying done, is never taken for it.
        """
        return (
            yield from deploy_service(
                self._kind,
                service_id,
                functools.partial(self._generated().deploy, **{f"{self._kind}_id": service_id}),
                self._listing(service_id),
                timeout=timeout,
                poll_interval=poll_interval,
                title=title,
                description=description,
            )
        )

    @helper
    def deployments(self, service_id: str) -> Workflow[list[Deployment]]:
        """Its deployments, newest first."""
        return (yield from call(self._listing(service_id)))

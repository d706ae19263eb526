"""What applications and compose services share: deploy (and wait), their deployments, create.

A private module (the registry wires only ``resources/<router>.py``); the routers'
own files mix it in.
"""

from __future__ import annotations

import functools
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, TypeVar, overload

from dokploy_api.types import Unset

from .._deploy import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, deploy_service
from .._resource import Helpers, helper, identify, overloaded_helper
from .._steps import Call, Workflow, call

if TYPE_CHECKING:
    from collections.abc import Callable

    from dokploy_api.models.deployment_all_item import DeploymentAllItem as Deployment

R = TypeVar("R")  # what the router's generated ``deploy`` answers (``bool | None``, ...)
Q_co = TypeVar("Q_co", covariant=True)
W_co = TypeVar("W_co", covariant=True)
E_co = TypeVar("E_co", covariant=True)


def unset_dropped(**fields: Any) -> dict[str, Any]:
    """The create's keyword arguments the caller gave (``UNSET`` ones are left to Dokploy)."""
    from dokploy_api.types import Unset

    return {name: value for name, value in fields.items() if not isinstance(value, Unset)}


class Deploy(Protocol[Q_co, W_co, E_co]):
    """``client.application.deploy`` / ``client.compose.deploy``: what each call answers.

    ``Q`` without ``wait`` (the generated deploy's answer), ``W`` with ``wait=True``, ``E``
    for a ``wait`` known only at run time; on ``AsyncDokploy`` each is a coroutine of it.
    """

    @overload
    def __call__(
        self,
        service_id: str | None = None,
        /,
        *,
        wait: Literal[False] = False,
        title: str | Unset | None = None,
        description: str | Unset | None = None,
        **ids: str,
    ) -> Q_co: ...
    @overload
    def __call__(
        self,
        service_id: str | None = None,
        /,
        *,
        wait: Literal[True],
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        title: str | Unset | None = None,
        description: str | Unset | None = None,
        **ids: str,
    ) -> W_co: ...
    @overload
    def __call__(
        self,
        service_id: str | None = None,
        /,
        *,
        wait: bool,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        title: str | Unset | None = None,
        description: str | Unset | None = None,
        **ids: str,
    ) -> E_co: ...


def deploy(
    self: Service[Any],
    service_id: str | None = None,
    /,
    *,
    wait: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    title: str | Unset | None = None,
    description: str | Unset | None = None,
    **ids: str,
) -> Workflow[Any]:
    """Dokploy's deploy (it only queues); ``wait=True`` also follows the deployment it
    started and returns it finished (``DeploymentFailed``, ``DeploymentTimeout``).

    The id is the first argument or the router's own keyword (``application_id=``), as in
    the generated operation, which ``deploy(...)`` without ``wait`` is.

    The waited deploy carries a unique title (unless ``title=``), so a webhook's deployment
    landing meanwhile, or an old one saying done, is never taken for it.
    """
    ident = identify(self._kind, f"{self._kind}_id", service_id, ids)
    service_id = ident[f"{self._kind}_id"]
    given = {k: v for k, v in {"title": title, "description": description}.items() if isinstance(v, str)}
    trigger = functools.partial(self._generated().deploy, **ident)
    if not wait:
        return (yield Call(trigger, given))
    return (
        yield from deploy_service(
            self._kind,
            service_id,
            trigger,
            self._listing(service_id),
            timeout=timeout,
            poll_interval=poll_interval,
            title=given.get("title"),
            description=given.get("description"),
        )
    )


class Service(Helpers, Generic[R]):
    """``deploy`` (``wait=True`` follows the deployment) and ``deployments``, over a router's
    generated ``deploy`` (answering ``R``) and the deployment listing of its kind
    (``deployment.all`` / ``deployment.allByCompose``)."""

    _kind: ClassVar[str]  # "application" or "compose"

    def _generated(self) -> Any:
        """The generated resource (its operations, not the helpers)."""
        return super()

    def _listing(self, service_id: str) -> Callable[[], list[Deployment]]:
        deployment = self._client.deployment
        if self._kind == "compose":
            return functools.partial(deployment.all_by_compose, compose_id=service_id)
        return functools.partial(deployment.all, application_id=service_id)

    deploy: overloaded_helper[
        Deploy[R, Deployment, R | Deployment],
        Deploy[Coroutine[Any, Any, R], Coroutine[Any, Any, Deployment], Coroutine[Any, Any, R | Deployment]],
    ] = overloaded_helper(deploy)

    @helper
    def deployments(self, service_id: str) -> Workflow[list[Deployment]]:
        """Its deployments, newest first."""
        return (yield from call(self._listing(service_id)))

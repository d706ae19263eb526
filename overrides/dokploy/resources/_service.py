"""What applications and compose services share: deploy and wait, their deployments.

A private module (the registry wires only ``resources/<router>.py``); the routers'
own files mix it in.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from .._deploy import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, deploy_service
from .._resource import Helpers
from .._steps import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable

    from dokploy_api.models.deployment_all_item import DeploymentAllItem as Deployment


def unset_dropped(**fields: Any) -> dict[str, Any]:
    """The create's keyword arguments the caller gave (``UNSET`` ones are left to Dokploy)."""
    from dokploy_api.types import Unset

    return {name: value for name, value in fields.items() if not isinstance(value, Unset)}


class Service(Helpers):
    """Deploy-and-wait over a router's generated ``deploy`` and its deployment listing."""

    def _wait(
        self,
        kind: str,
        service_id: str,
        deploy: Callable[..., object],
        listing: Callable[[], list[Deployment]],
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        title: str | None = None,
        description: str | None = None,
    ) -> Workflow[Deployment]:
        return (
            yield from deploy_service(
                kind,
                service_id,
                functools.partial(deploy, **{f"{kind}_id": service_id}),
                listing,
                timeout=timeout,
                poll_interval=poll_interval,
                title=title,
                description=description,
            )
        )

"""Deploy and wait: Dokploy queues a deploy and answers without saying which deployment.

Applications and compose: note the deployment ids that exist, trigger with a
title (the caller's, else a unique ``dokploy-python <hex>``), then poll the
deployment list until the new deployment carrying that title shows up and
reaches ``done`` (returned) or ``error`` (``DeploymentFailed``). The old
deployment may well say ``done`` already; only a new id counts, and a webhook or
auto-deploy landing meanwhile has another title. A server that ignores titles
gets the oldest new deployment, after ``TITLE_GRACE_POLLS`` polls without ours. Databases have
no deployment records: Dokploy deploys them inside the request, so the answer
(or, if that request times out, the record's ``applicationStatus``) decides.
"""

from __future__ import annotations

import time
import uuid
from typing import TYPE_CHECKING, Any, TypeVar

from dokploy_api.types import Unset

from ._compat import accepts
from ._exceptions import APITimeoutError, InternalServerError
from ._steps import Call, Sleep, Workflow, call
from ._workflow_exceptions import DeploymentFailed, DeploymentTimeout

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from dokploy_api.models.deployment_all_item import DeploymentAllItem as Deployment

DEFAULT_TIMEOUT = 600.0
DEFAULT_POLL_INTERVAL = 2.0
MAX_POLL_INTERVAL = 15.0
BACKOFF = 1.5
FAILED = frozenset({"error", "cancelled"})
TITLE_GRACE_POLLS = 3  # polls showing new deployments, none titled ours, before the fallback
M = TypeVar("M")  # a database record (Postgres, ...)


def _status(deployment: Deployment) -> str:
    status = deployment.status
    return "running" if status is None or isinstance(status, Unset) else str(status)


def default_title() -> str:
    """A title no other deployment has: how a wait tells its deployment from a webhook's."""
    return f"dokploy-python {uuid.uuid4().hex[:12]}"


def _oldest(deployments: Sequence[Deployment]) -> Deployment:
    return min(deployments, key=lambda d: d.created_at if isinstance(d.created_at, str) else "")


def _pick_new(new: Sequence[Deployment], title: str, polls_without_title: int) -> Deployment | None:
    """Of the deployments that appeared, ours: the one with our title; the oldest new one
    only once the server has shown new deployments without it for a while (it ignores titles)."""
    mine = [d for d in new if d.title == title]
    if mine:
        return _oldest(mine)
    return _oldest(new) if new and polls_without_title >= TITLE_GRACE_POLLS else None


def _backoff(interval: float, ceiling: float) -> float:
    return min(interval * BACKOFF, ceiling)


def deploy_service(
    kind: str,
    service_id: str,
    trigger: Callable[..., object],
    listing: Callable[[], list[Deployment]],
    *,
    timeout: float,
    poll_interval: float,
    title: str | None = None,
    description: str | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Workflow[Deployment]:
    """Trigger a deploy (``trigger``: the generated ``<kind>.deploy`` bound to the service's
    id keyword, e.g. ``partial(api.application.deploy, application_id=...)``) and follow the
    new deployment in ``listing`` to its end."""
    options: dict[str, Any] = {}
    if description is not None:
        options["description"] = description
    mine = title if title is not None else default_title()
    if title is not None or accepts(f"{kind}.deploy", "title"):
        options["title"] = mine  # else the wait falls back to the oldest new deployment
    before = yield from call(listing)
    known = {d.deployment_id for d in before}
    yield Call(trigger, options)
    deadline = clock() + timeout
    interval = poll_interval
    ceiling = max(poll_interval, MAX_POLL_INTERVAL)
    ours: Deployment | None = None
    polls_without_title = 0
    while True:
        current = yield from call(listing)
        if ours is None:
            new = [d for d in current if d.deployment_id not in known]
            if new:
                polls_without_title += 1
            ours = _pick_new(new, mine, polls_without_title)
        else:
            ours = next((d for d in current if d.deployment_id == ours.deployment_id), ours)
        if ours is not None:
            status = _status(ours)
            if status == "done":
                return ours
            if status in FAILED:
                raise DeploymentFailed(
                    f"{kind} {service_id}: deployment {ours.deployment_id} ended in "
                    f"{status}; log: {ours.log_path}",
                    deployment_id=ours.deployment_id,
                    status=status,
                    log_path=ours.log_path if isinstance(ours.log_path, str) else None,
                    deployment=ours,
                )
        remaining = deadline - clock()
        if remaining <= 0:
            raise _timeout(kind, service_id, timeout, ours)
        yield Sleep(min(interval, remaining))
        interval = _backoff(interval, ceiling)


def _timeout(kind: str, service_id: str, timeout: float, ours: Deployment | None) -> DeploymentTimeout:
    if ours is None:
        where = "no new deployment has appeared yet (it is still queued)"
    else:
        where = f"deployment {ours.deployment_id} is still {_status(ours)} (log: {ours.log_path})"
    return DeploymentTimeout(
        f"{kind} {service_id}: gave up waiting after {timeout:g}s; {where}. "
        "The deployment goes on on the server: this only stopped the wait.",
        deployment_id=None if ours is None else ours.deployment_id,
        timeout=timeout,
        deployment=ours,
    )


def deploy_database(
    router: str,
    service_id: str,
    deploy: Callable[[], object],
    one: Callable[[], M],
    *,
    timeout: float,
    poll_interval: float,
    clock: Callable[[], float] = time.monotonic,
) -> Workflow[M]:
    """Deploy a database (``deploy``/``one``: its generated operations bound to its id) and
    return its record once ``applicationStatus`` is done."""
    deadline = clock() + timeout
    try:
        yield from call(deploy)
    except InternalServerError as exc:
        raise DeploymentFailed(
            f"{router} {service_id}: deploy failed on the server: {exc.message}",
            deployment_id=None,
            status="error",
            log_path=None,
        ) from exc
    except APITimeoutError:
        pass  # the request timed out but the server goes on deploying: follow the record
    interval = poll_interval
    ceiling = max(poll_interval, MAX_POLL_INTERVAL)
    while True:
        record = yield from call(one)
        status = str(getattr(record, "application_status", None))
        if status == "done":
            return record
        if status == "error":
            raise DeploymentFailed(
                f"{router} {service_id}: deploy ended in error",
                deployment_id=None,
                status=status,
                log_path=None,
                deployment=record,
            )
        remaining = deadline - clock()
        if remaining <= 0:
            raise DeploymentTimeout(
                f"{router} {service_id}: gave up waiting after {timeout:g}s; status is {status}. "
                "The deployment goes on on the server: this only stopped the wait.",
                deployment_id=None,
                timeout=timeout,
                deployment=record,
            )
        yield Sleep(min(interval, remaining))
        interval = _backoff(interval, ceiling)

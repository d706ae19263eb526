"""One algorithm, two drivers: workflows are written once as generators of steps.

A workflow (deploy-and-wait, create-then-find, environment lookup) yields
``Call`` and ``Sleep`` steps and receives each call's typed result. ``run_sync``
drives it on ``Dokploy``, ``run_async`` on ``AsyncDokploy``: the logic cannot
drift between the two clients, and tests can drive it step by step.

Steps name what they call as a bound method of a router (``call(api.project.one,
project_id=pid)``), typed through ``ParamSpec`` against the sync routers: the async
driver hands the workflow an ``AsyncDokploy`` whose methods take the same arguments and
are awaited instead. Sleeping is ``anyio.sleep`` (httpx's own dependency), so
``AsyncDokploy`` runs on asyncio and on trio alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Any, ParamSpec, TypeVar

import attrs

from . import _compat

T = TypeVar("T")
P = ParamSpec("P")


@attrs.frozen
class Call:
    """Run an operation: a bound router method (typed, see ``call``), or, for the record
    finders still written that way, a ``"router.method"`` name looked up on the client."""

    target: str | Callable[..., Any]
    kwargs: dict[str, Any] = attrs.field(factory=dict)
    args: tuple[Any, ...] = ()

    def resolve(self, api: object) -> Callable[..., Any]:
        """The operation to run; ``OperationNotAvailable`` if this client has none by that name."""
        if callable(self.target):
            return self.target
        return _compat.operation(api, self.target)

    def failure(self, exc: Exception) -> Exception:
        """What the workflow is told: a keyword the generated operation lacks is an absent field."""
        if isinstance(exc, TypeError):
            return _compat.explain_type_error(_compat.target_name(self.target), self.kwargs, exc)
        return exc


@attrs.frozen
class Sleep:
    seconds: float


Step = Call | Sleep
Workflow = Generator[Step, Any, T]


def call(operation: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Generator[Step, Any, T]:
    """``result = yield from call(api.project.one, project_id=pid)``: one typed step.

    The arguments are checked against the operation's signature by mypy and pyright,
    and the result has its return type.
    """
    result: T = yield Call(operation, dict(kwargs), args)
    return result


def run_sync(workflow: Workflow[T], api: object) -> T:
    """Drive ``workflow`` with blocking calls on a ``Dokploy`` client."""
    try:
        step = next(workflow)
        while True:
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
                step = workflow.send(None)
                continue
            try:
                result = step.resolve(api)(*step.args, **step.kwargs)
            except Exception as exc:  # let the workflow decide (e.g. a timed-out deploy call)
                step = workflow.throw(step.failure(exc))
            else:
                step = workflow.send(result)
    except StopIteration as done:
        value: T = done.value
        return value


async def run_async(workflow: Workflow[T], api: object) -> T:
    """Drive ``workflow`` with awaited calls on an ``AsyncDokploy`` client (any event loop
    anyio supports: asyncio, trio)."""
    try:
        step = next(workflow)
        while True:
            if isinstance(step, Sleep):
                import anyio  # only async users pay for it (httpx imports it anyway)

                await anyio.sleep(step.seconds)
                step = workflow.send(None)
                continue
            try:
                result = await step.resolve(api)(*step.args, **step.kwargs)
            except Exception as exc:
                step = workflow.throw(step.failure(exc))
            else:
                step = workflow.send(result)
    except StopIteration as done:
        value: T = done.value
        return value

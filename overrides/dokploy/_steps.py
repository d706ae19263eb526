"""One algorithm, two drivers: workflows are written once as generators of steps.

A workflow (deploy-and-wait, create-then-find, environment lookup) yields
``Call`` and ``Sleep`` steps and receives each call's typed result. ``run_sync``
drives it on ``Dokploy``, ``run_async`` on ``AsyncDokploy``: the logic cannot
drift between the two clients, and tests can drive it step by step.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Any, TypeVar

import attrs

from . import _compat

T = TypeVar("T")


@attrs.frozen
class Call:
    """Run a typed generated operation: ``"router.method"`` on the client, or a bound method."""

    target: str | Callable[..., Any]
    kwargs: dict[str, Any] = attrs.field(factory=dict)

    def resolve(self, api: Any) -> Callable[..., Any]:
        """The operation to run; ``OperationNotAvailable`` if this client has none by that name."""
        if callable(self.target):
            return self.target
        return _compat.operation(api, self.target)

    def failure(self, api: Any, exc: Exception) -> Exception:
        """What the workflow is told: a keyword the generated operation lacks is an absent field."""
        if isinstance(exc, TypeError):
            return _compat.explain_type_error(self.target, self.kwargs, exc)
        return exc


@attrs.frozen
class Sleep:
    seconds: float


Step = Call | Sleep
Workflow = Generator[Step, Any, T]


def run_sync(workflow: Workflow[T], api: Any) -> T:
    """Drive ``workflow`` with blocking calls on a ``Dokploy`` client."""
    try:
        step = next(workflow)
        while True:
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
                step = workflow.send(None)
                continue
            try:
                result = step.resolve(api)(**step.kwargs)
            except Exception as exc:  # let the workflow decide (e.g. a timed-out deploy call)
                step = workflow.throw(step.failure(api, exc))
            else:
                step = workflow.send(result)
    except StopIteration as done:
        value: T = done.value
        return value


async def run_async(workflow: Workflow[T], api: Any) -> T:
    """Drive ``workflow`` with awaited calls on an ``AsyncDokploy`` client."""
    try:
        step = next(workflow)
        while True:
            if isinstance(step, Sleep):
                import asyncio  # only async users pay for it

                await asyncio.sleep(step.seconds)
                step = workflow.send(None)
                continue
            try:
                result = await step.resolve(api)(**step.kwargs)
            except Exception as exc:
                step = workflow.throw(step.failure(api, exc))
            else:
                step = workflow.send(result)
    except StopIteration as done:
        value: T = done.value
        return value

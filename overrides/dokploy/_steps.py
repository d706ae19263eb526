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

T = TypeVar("T")


@attrs.frozen
class Call:
    """Run a typed generated operation: ``"router.method"`` on the client, or a bound method."""

    target: str | Callable[..., Any]
    kwargs: dict[str, Any] = attrs.field(factory=dict)

    def resolve(self, api: Any) -> Callable[..., Any]:
        if callable(self.target):
            return self.target
        router, method = self.target.split(".")
        fn: Callable[..., Any] = getattr(getattr(api, router), method)
        return fn


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
                step = workflow.throw(exc)
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
                step = workflow.throw(exc)
            else:
                step = workflow.send(result)
    except StopIteration as done:
        value: T = done.value
        return value

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
from ._now import now

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


class _Driver:
    """Drives one workflow: each step is performed by ``_perform`` and its outcome sent in.

    ``_perform`` is written once for both clients: with ``asynchronous`` it awaits the
    call and sleeps with ``anyio.sleep``, without it nothing is awaited, so ``run_sync``
    completes the coroutine in one ``send`` (``_now.now``). No second copy of the loop to drift.
    """

    def __init__(self, workflow: Workflow[Any]) -> None:
        self._workflow = workflow
        self.value: Any = None

    def resume(self, result: Any = None, error: Exception | None = None) -> Step | None:
        """The next step after ``result`` (or ``error``, thrown in); None once returned."""
        try:
            return self._workflow.throw(error) if error is not None else self._workflow.send(result)
        except StopIteration as done:
            self.value = done.value
            return None


async def _perform(step: Step, api: object, asynchronous: bool) -> tuple[Any, Exception | None]:
    """Run one step: the call's result, or the error the workflow is told about."""
    if isinstance(step, Sleep):
        if asynchronous:
            import anyio  # only async users pay for it (httpx imports it anyway)

            await anyio.sleep(step.seconds)
        else:
            time.sleep(step.seconds)
        return None, None
    try:
        result = step.resolve(api)(*step.args, **step.kwargs)
        return (await result if asynchronous else result), None
    except Exception as exc:  # let the workflow decide (e.g. a timed-out deploy call)
        return None, step.failure(exc)


def run_sync(workflow: Workflow[T], api: object) -> T:
    """Drive ``workflow`` with blocking calls on a ``Dokploy`` client."""
    driver = _Driver(workflow)
    step = driver.resume()
    while step is not None:
        step = driver.resume(*now(_perform(step, api, asynchronous=False)))
    value: T = driver.value
    return value


async def run_async(workflow: Workflow[T], api: object) -> T:
    """Drive ``workflow`` with awaited calls on an ``AsyncDokploy`` client (any event loop
    anyio supports: asyncio, trio)."""
    driver = _Driver(workflow)
    step = driver.resume()
    while step is not None:
        step = driver.resume(*(await _perform(step, api, asynchronous=True)))
    value: T = driver.value
    return value

"""The extension point: hand-written subclasses of generated resources, helpers written once.

``dokploy/resources/<router>.py`` defines ``<Router>Resource`` and
``Async<Router>Resource``; ``dokploy-codegen generate`` finds them and the generated
registry makes ``client.<router>`` one of them, created with the owning client (helpers
call other routers through it). Their helpers are defined once, on a mixin, as
workflows (generators of ``_steps`` steps) decorated with ``@helper``: on the sync
resource a helper is a plain method returning ``T``, on the async one a method returning
a coroutine of ``T``, both typed from the one definition (``ParamSpec``), so there is
no hand-written async twin to drift.

    class _Project(Helpers):
        @helper
        def environment(self, project: ProjectRef, name: str | None = None) -> Workflow[Env]:
            ...

    class ProjectResource(SyncHelpers, _Project, generated.ProjectResource): ...
    class AsyncProjectResource(AsyncHelpers, _Project, generated.AsyncProjectResource): ...
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, ClassVar, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

from ._exceptions import ConfigurationError
from ._steps import Workflow, run_async, run_sync

if TYPE_CHECKING:
    from dokploy_api.api import Resources

P = ParamSpec("P")
T = TypeVar("T")
S = TypeVar("S")  # the sync method's type: a Protocol with an overloaded ``__call__``
A = TypeVar("A")  # the async method's type: the same calls, answering coroutines


class Helpers:
    """What every hand-written resource has besides its generated operations: the client.

    ``_client`` is typed as the sync client's routers: workflows are checked against the
    sync signatures, and the async driver runs the same steps on ``AsyncDokploy``, whose
    methods take the same arguments.
    """

    _client: Resources
    _runner: ClassVar[Callable[..., Any]]

    def __init__(self, engine: Any, client: Any) -> None:
        cast("Any", super()).__init__(engine)  # the generated resource's (engine) constructor
        self._client = client


def identify(name: str, key: str, service_id: str | None, ids: dict[str, str]) -> dict[str, str]:
    """``{key: id}`` from a helper's first argument or its router's own keyword (``key=``),
    as the generated operations take it; ``ConfigurationError`` for none, both or another."""
    rest = dict(ids)
    given = rest.pop(key, None) if service_id is None else service_id
    if given is None or rest:
        raise ConfigurationError(f"{name}: pass the {key} (first argument), and nothing else")
    return {key: given}


class SyncHelpers(Helpers):
    """Mixed into ``<Router>Resource``: helpers run with blocking calls."""

    _runner = staticmethod(run_sync)


class AsyncHelpers(Helpers):
    """Mixed into ``Async<Router>Resource``: helpers return coroutines (any anyio event loop)."""

    _runner = staticmethod(run_async)


class helper(Generic[P, T]):
    """A helper written once as a workflow, a method of both resources.

    ``client.<router>.<name>(...)`` returns ``T`` on ``Dokploy`` and a coroutine of ``T``
    on ``AsyncDokploy``; type checkers see the workflow's parameters (minus ``self``)
    on both. ``workflow`` is the undecorated generator function, for composing helpers
    (``yield from Mixin.name.workflow(self, ...)``) and for driving one step by step.
    """

    def __init__(self, workflow: Callable[Concatenate[Any, P], Workflow[T]]) -> None:
        self.workflow = workflow
        functools.update_wrapper(cast("Any", self), workflow)  # help() and IDEs show its docstring

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> helper[P, T]: ...
    @overload
    def __get__(
        self, obj: AsyncHelpers, owner: type | None = None
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...
    @overload
    def __get__(self, obj: SyncHelpers, owner: type | None = None) -> Callable[P, T]: ...
    def __get__(self, obj: Helpers | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        workflow, run = self.workflow, type(obj)._runner

        def bound(*args: P.args, **kwargs: P.kwargs) -> Any:
            return run(workflow(obj, *args, **kwargs), obj._client)

        return functools.update_wrapper(bound, workflow)


class overloaded_helper(Generic[S, A]):
    """A helper whose answer's type depends on its arguments (``deploy(id, wait=True)``).

    It runs as a ``helper`` does (one workflow, both clients); a ``ParamSpec`` cannot say
    "``Deployment`` if ``wait=True``", so its types are ``S`` on ``Dokploy`` and ``A`` on
    ``AsyncDokploy``, protocols with an overloaded ``__call__``, given by the attribute's
    annotation: ``deploy: overloaded_helper[Deploy[R, ...], Deploy[Coroutine[..., R], ...]] = ...``.
    """

    def __init__(self, workflow: Callable[..., Workflow[Any]]) -> None:
        self._helper: helper[..., Any] = helper(workflow)
        self.workflow = workflow
        functools.update_wrapper(cast("Any", self), workflow)

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> overloaded_helper[S, A]: ...
    @overload
    def __get__(self, obj: AsyncHelpers, owner: type | None = None) -> A: ...
    @overload
    def __get__(self, obj: SyncHelpers, owner: type | None = None) -> S: ...
    def __get__(self, obj: Helpers | None, owner: type | None = None) -> Any:
        return self if obj is None else self._helper.__get__(cast("Any", obj), owner)

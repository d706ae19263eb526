"""Operation hooks: your code, run by the engine around every call either client makes.

httpx's ``event_hooks`` see HTTP requests and responses; these see *operations*:
which procedure is called, with what, what it answered once decoded, and the
error it ends in. Their methods are plain synchronous ones, so one hook object
serves ``Dokploy`` and ``AsyncDokploy`` alike (under the async client, a hook
should be quick: it runs on the event loop).

The engine runs them, not the routers: ``client.hooks`` is read at each call,
so a hook sees every call, through whichever router (or ``client.call``) it was
made, whether that router was first used before or after the hook was added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping


@dataclass(frozen=True)
class OperationRequest:
    """One call as the engine is about to send it (whatever its retries, it is one call)."""

    operation: str
    """The wire name, ``"project.one"``."""
    method: str
    """``"GET"`` or ``"POST"``."""
    url: str
    """The full URL sent to, without the query: ``https://dokploy.example.com/api/project.one``."""
    params: Mapping[str, Any] | None = None
    """A GET's query parameters (None: none)."""
    json: Any = None
    """A POST's JSON body (None: no body)."""
    files: Any = None
    """A multipart POST's fields and files, as httpx takes them (None: not multipart)."""


class CallHook:
    """Subclass and override any of the three; the defaults do nothing.

    ``Dokploy(hooks=[MyHook()])`` or, at any time, ``client.hooks.append(MyHook())``.
    Hooks run in list order. An exception raised by ``before_send`` or ``after_decode``
    reaches the caller as it is; one from ``before_send`` stops the call before
    anything is sent (how the contract kit refuses a call).
    """

    def before_send(self, request: OperationRequest) -> None:
        """Runs once per call, before its first attempt (retries do not run it again)."""

    def after_decode(self, request: OperationRequest, data: Any) -> None:
        """The decoded JSON body (None when empty), before any model parses it."""

    def on_error(self, request: OperationRequest, error: Exception) -> Exception | None:
        """The call is ending in ``error``: return another exception to raise instead
        (chained from it), or None to keep it.

        ``error`` is what the engine would raise: a ``DokployError`` (an HTTP status,
        a connection failure after the retries, an undecodable body) or, unchanged,
        anything else the HTTP transport raised (a test double's "no recorded answer",
        say), which is what translating is for. Each hook sees the previous one's result.
        A 404 for an operation the server lacks arrives as ``NotFoundError``; the client
        may then ask the server's version (a call the hooks see too) and raise
        ``OperationNotAvailable`` instead.
        """
        return None


class HookRun:
    """One call's pass through the hooks installed when it started (a hook added
    mid-call waits for the next call), so ``before``/``after`` always pair up.

    A context manager around the exchange, so the sync and the async engine share it::

        with begin(hooks, ...) as run:
            return run.decoded(await exchange())

    An error leaving the block goes to the hooks' ``on_error`` (their replacement is
    raised, chained); an error of an ``after_decode`` hook itself does not.
    """

    __slots__ = ("answered", "hooks", "request")

    def __init__(self, hooks: tuple[CallHook, ...], request: OperationRequest | None) -> None:
        self.hooks = hooks
        self.request = request
        self.answered = False

    def decoded(self, data: Any) -> Any:
        """Run every ``after_decode`` on the decoded body; the body, for the caller."""
        if self.hooks and self.request is not None:
            self.answered = True
            for hook in self.hooks:
                hook.after_decode(self.request, data)
        return data

    def __enter__(self) -> HookRun:
        return self

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        if not isinstance(error, Exception) or self.answered or self.request is None:
            return  # success, a hook's own error, or no hooks: nothing to translate
        current = error
        for hook in self.hooks:
            current = hook.on_error(self.request, current) or current
        if current is not error:
            raise current from error


_IDLE = HookRun((), None)  # no hooks: holds no state, so one serves every call


def begin(
    hooks: list[CallHook], operation: str, method: str, url: str, params: Any, json: Any, files: Any
) -> HookRun:
    """Run every hook's ``before_send`` for a call about to be sent (an exception of one
    propagates: nothing is sent); with no hooks, a run that does nothing."""
    if not hooks:
        return _IDLE
    installed = tuple(hooks)
    request = OperationRequest(operation, method.upper(), url, params, json, files)
    for hook in installed:
        hook.before_send(request)
    return HookRun(installed, request)

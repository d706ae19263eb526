"""One job for the core that would sit idle while this process imports and parses.

Until the spec is parsed a build has one thing to do at a time: import openapi-python-client
(~0.3 s), load the corrections and normalize the spec (~0.35 s), parse it (~0.35 s), compile
the templates (~0.25 s). :func:`start` forks a helper that runs a job meanwhile (normalizing
while this process imports, compiling while it parses) and hands back its result, or raises
its exception as itself. A plain ``fork`` and a pipe, no pool: a pool's thread would be alive
when the render workers are forked. Without ``fork`` (Windows) or with one core, the job runs
in this process when its result is first asked for.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def cores() -> int:
    """Cores this process may run on: more than one is worth a fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class Pending(Generic[T]):
    """A job started by :func:`start`; :meth:`result` waits for it."""

    def __init__(self, job: Callable[..., T], args: tuple[Any, ...]) -> None:
        self._job, self._args = job, args
        self._helper: tuple[BaseProcess, Connection] | None = None  # until reaped
        self._outcome: tuple[bool, Any] | None = None
        if cores() > 1:
            context = multiprocessing.get_context("fork")
            receiving, sending = context.Pipe(duplex=False)
            process = context.Process(target=_run, args=(sending, job, args), daemon=True)
            process.start()
            sending.close()
            self._helper = (process, receiving)

    def result(self) -> T:
        if self._outcome is None:
            helper = self._helper
            self._outcome = self._receive(helper[1]) if helper else _outcome(self._job, self._args)
        succeeded, value = self._outcome
        if not succeeded:
            raise value
        return value  # type: ignore[no-any-return]

    def _receive(self, receiving: Connection) -> tuple[bool, Any]:
        try:
            outcome = _received(*receiving.recv())
        except EOFError:  # killed, or died before it could answer
            code = self._stop(kill=False)
            return False, RuntimeError(f"a generation helper exited with code {code} before it answered")
        self._stop(kill=False)
        return outcome

    def _stop(self, *, kill: bool) -> int | None:
        """Reap the helper; ``kill``: its answer is not wanted (it may be blocked sending it)."""
        if self._helper is None:
            return None
        (process, receiving), self._helper = self._helper, None
        if kill:
            process.kill()
        process.join()
        receiving.close()
        return process.exitcode


@contextmanager
def start(job: Callable[..., T], *args: Any) -> Iterator[Pending[T]]:
    """Run ``job(*args)`` in a forked helper; a helper whose result was not asked for is
    stopped on leaving the block."""
    pending = Pending(job, args)
    try:
        yield pending
    finally:
        pending._stop(kill=True)


class HelperTraceback(Exception):
    """Where a job failed in the helper: the ``__cause__`` of the exception raised here."""

    def __str__(self) -> str:
        return f"\n\n{self.args[0]}"


def _outcome(job: Callable[..., Any], args: tuple[Any, ...]) -> tuple[bool, Any]:
    try:
        return True, job(*args)
    except Exception as exc:  # handed to the caller, raised there as itself
        return False, exc


def _received(succeeded: bool, value: Any, where: str | None) -> tuple[bool, Any]:
    """A pickled exception travels without its traceback (or ``__cause__``): its text does."""
    if not succeeded and where is not None:
        value.__cause__ = HelperTraceback(where)
    return succeeded, value


def _run(sending: Connection, job: Callable[..., Any], args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is this process's parent's to handle
    succeeded, value = _outcome(job, args)
    where = None if succeeded else "".join(traceback.format_exception(value))
    try:
        sending.send((succeeded, value, where))
    except Exception as exc:  # an exception or a result that does not pickle
        failure = RuntimeError(f"a generation helper could not hand back its result: {exc!r}")
        sending.send((False, failure, where))
    finally:
        sending.close()

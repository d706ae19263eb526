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
        self._process: Any = None
        self._pipe: Any = None
        self._outcome: tuple[bool, Any] | None = None
        if cores() > 1:
            context = multiprocessing.get_context("fork")
            self._pipe, sending = context.Pipe(duplex=False)
            self._process = context.Process(target=_run, args=(sending, job, args), daemon=True)
            self._process.start()
            sending.close()

    def result(self) -> T:
        if self._outcome is None:
            self._outcome = self._receive() if self._process is not None else _outcome(self._job, self._args)
        succeeded, value = self._outcome
        if not succeeded:
            raise value
        return value  # type: ignore[no-any-return]

    def _receive(self) -> tuple[bool, Any]:
        try:
            outcome = _received(*self._pipe.recv())
        except EOFError:  # killed, or died before it could answer
            code = self._stop(kill=False)
            return False, RuntimeError(f"a generation helper exited with code {code} before it answered")
        self._stop(kill=False)
        return outcome

    def _stop(self, *, kill: bool) -> int | None:
        """Reap the helper; ``kill``: its answer is not wanted (it may be blocked sending it)."""
        process, self._process = self._process, None
        if process is None:
            return None
        if kill:
            process.kill()
        process.join()
        self._pipe.close()
        code: int | None = process.exitcode
        return code


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


def _run(sending: Any, job: Callable[..., Any], args: tuple[Any, ...]) -> None:
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

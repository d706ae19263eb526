"""The background helper: its result comes back, its failure is raised as itself, and it
never outlives the block that started it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from support import CORRECTIONS, small_spec

from dokploy_codegen.build import background, tree
from dokploy_codegen.errors import SpecError

needs_fork = pytest.mark.skipif(
    background.cores() == 1, reason="no fork() or one core here: every job runs in this process"
)


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


def _refuses(what: str) -> None:
    raise SpecError(f"the spec is bad: {what}")


def _sleeps() -> None:
    time.sleep(60)


def _dies() -> None:
    os._exit(3)


def _unpicklable() -> object:
    return lambda: None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@needs_fork
def test_the_job_runs_beside_this_process_and_its_result_comes_back() -> None:
    with background.start(_pid_and, 21) as pending:
        pid, value = pending.result()
    assert value == 42
    assert pid != os.getpid()


def test_without_fork_the_job_runs_here_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "cores", lambda: 1)
    with background.start(_pid_and, 2) as pending:
        assert pending.result() == (os.getpid(), 4)


@pytest.mark.parametrize("helpers", [True, False])
def test_a_failed_job_raises_its_own_exception_with_the_helper_traceback(
    monkeypatch: pytest.MonkeyPatch, helpers: bool
) -> None:
    """The CLI turns a SpecError into its one-line message: the type must survive the pipe."""
    if not helpers:
        monkeypatch.setattr(background, "cores", lambda: 1)
    elif background.cores() == 1:
        pytest.skip("no fork() or one core here")
    with background.start(_refuses, "no paths") as pending:
        with pytest.raises(SpecError, match="no paths") as raised:
            pending.result()
    if helpers:
        assert isinstance(raised.value.__cause__, background.HelperTraceback)
        assert "_refuses" in str(raised.value.__cause__)


@needs_fork
def test_a_helper_whose_result_is_not_wanted_is_stopped_on_leaving_the_block() -> None:
    """A build that fails before it asks for the result must not leave a process behind."""
    started = time.monotonic()
    with pytest.raises(SpecError), background.start(_sleeps) as pending:
        assert pending._helper is not None
        pid = pending._helper[0].pid
        raise SpecError("the build failed meanwhile")
    assert time.monotonic() - started < 10
    assert not _alive(pid)


@needs_fork
def test_a_helper_that_dies_is_an_error_not_a_hang() -> None:
    with background.start(_dies) as pending, pytest.raises(RuntimeError, match="exited with code 3"):
        pending.result()


@needs_fork
def test_a_result_that_cannot_travel_is_an_error_that_says_so() -> None:
    with background.start(_unpicklable) as pending, pytest.raises(RuntimeError, match="could not hand back"):
        pending.result()


def test_the_build_helpers_do_not_outlive_a_generation(tmp_path: Path) -> None:
    """Both helpers of a build (normalizing, compiling) are reaped before it returns."""
    before = set(_children())
    tree.build_tree(small_spec(), tmp_path, CORRECTIONS)
    assert set(_children()) <= before


def _children() -> list[int]:
    """This process's child processes (Linux); empty where /proc is absent."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    if not tasks.is_dir():
        return []
    found: list[int] = []
    for task in tasks.iterdir():
        children = task / "children"
        if children.is_file():
            found.extend(int(pid) for pid in children.read_text().split())
    return found

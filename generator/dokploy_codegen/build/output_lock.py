"""One writer per output folder: a second ``generate`` or ``upgrade`` waits for the first.

Without it, the second run's recovery step takes the first run's staging folder for a
leftover of a killed run and deletes it mid-generation. The lock is an OS file lock on
``.<output>.lock`` beside the folder, so it is released even when a run is killed; the file
is removed when the lock is released, and a waiter that finds its file was removed while
it waited locks the new one instead.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_held: dict[tuple[Path, int], int] = {}  # (lock file, thread) -> depth: upgrade holds it around generate


def lock_path(output: Path) -> Path:
    return output.with_name(f".{output.name}.lock")


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold the lock of ``output`` (re-entrant within one thread)."""
    path = lock_path(output.resolve())
    key = (path, threading.get_ident())
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = _acquire(path, output)
    _held[key] = 1
    try:
        yield
    finally:
        del _held[key]
        try:
            path.unlink(missing_ok=True)
        except OSError:  # pragma: no cover - Windows cannot remove an open file
            pass
        finally:
            os.close(fd)  # closing releases the lock


def _acquire(path: Path, output: Path) -> int:
    noted = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _try_lock(fd):
                if not noted:
                    print(
                        f"dokploy-codegen: waiting for another run writing {output} "
                        f"({_holder(path)}; lock file {path})",
                        file=sys.stderr,
                    )
                    noted = True
                _wait_lock(fd)
            if _same_file(fd, path):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the holder removed the file we waited on: lock the current one


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="utf-8").strip()
    except OSError:
        pid = ""
    return f"pid {pid}" if pid.isdigit() else "pid unknown"


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _wait_lock(fd: int) -> None:
        while not _try_lock(fd):
            time.sleep(0.2)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _wait_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

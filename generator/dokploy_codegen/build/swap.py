"""Replace the output folder with a finished tree, and undo what a killed run left.

The new tree is renamed into place and the old one removed only afterwards, so at every
moment one complete tree exists (``recover`` restores it after a kill mid-swap).
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path


def folder_mode(output: Path) -> int:
    """The previous tree's permission bits, else what ``mkdir`` gives under this umask."""
    try:
        return stat.S_IMODE(output.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o777 & ~umask


def carry_over(old: Path, new: Path, name: str) -> None:
    if (old / name).is_file():
        shutil.copy2(old / name, new / name)


def recover(output: Path) -> None:
    """Undo what a run killed mid-way left: restore a retired tree, drop stale staging."""
    retired = sorted(output.parent.glob(f".{output.name}.old-*"))
    if retired and not output.exists():
        os.replace(retired.pop(), output)
    for leftover in [*retired, *output.parent.glob(f".{output.name}.new-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def swap(staging: Path, output: Path) -> None:
    """Rename the finished tree into place; the old tree is removed only afterwards."""
    if not output.exists():
        os.replace(staging, output)
        staging.mkdir()
        return
    retired = output.with_name(f".{output.name}.old-{os.getpid()}")
    shutil.rmtree(retired, ignore_errors=True)
    os.replace(output, retired)
    try:
        os.replace(staging, output)
    except OSError:
        os.replace(retired, output)
        raise
    staging.mkdir()
    shutil.rmtree(retired, ignore_errors=True)

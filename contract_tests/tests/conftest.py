"""What tests of several areas share: mypy --strict as a command, or a skip when it is absent."""

from __future__ import annotations

import importlib.util
import sys

import pytest


@pytest.fixture(scope="session")
def mypy() -> list[str]:
    """``python -m mypy --strict --no-incremental``, to which a test adds its files and options."""
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install -e '.[dev]')")
    return [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]

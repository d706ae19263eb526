"""Let hypothesis-jsonschema 0.23.1 (its latest release) run on current Hypothesis.

Why: its object strategy drives Hypothesis' private ``many`` helper through the
old ``while elements.more():`` protocol, which Hypothesis replaced with
``with many(...) as elements: for _ in elements:``; every object schema then
fails with ``AttributeError: 'many' object has no attribute 'more'``. This adapter
offers ``more()``/``reject()`` on top of the new protocol and is installed only
into hypothesis-jsonschema's module, only when the old method is missing.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import Any

import hypothesis_jsonschema._from_schema as _from_schema
from hypothesis.internal.conjecture import utils as cu


class _MoreAdapter:
    """``many`` with the pre-2025 ``more()`` protocol."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._many = cu.many(*args, **kwargs)
        self._many.__enter__()
        self._steps: Iterator[None] = iter(self._many)
        self._open = True

    def more(self) -> bool:
        if not self._open:
            return False
        try:
            next(self._steps)
        except StopIteration:
            self._open = False
            self._many.__exit__(None, None, None)
            return False
        return True

    def reject(self, why: str | None = None) -> None:
        self._many.reject()


def install() -> None:
    """Idempotent; a no-op once Hypothesis (or hypothesis-jsonschema) agree again."""
    current = getattr(_from_schema, "cu")  # noqa: B009  (not re-exported, so mypy needs getattr)
    if hasattr(cu.many, "more") or isinstance(current, types.SimpleNamespace):
        return
    shim = types.SimpleNamespace(**{k: getattr(cu, k) for k in dir(cu) if not k.startswith("__")})
    shim.many = _MoreAdapter
    setattr(_from_schema, "cu", shim)  # noqa: B010

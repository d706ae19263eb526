"""One async body for both clients: the sync client completes it without an event loop.

Code written once as ``async def`` serves the sync client too when nothing it
awaits suspends (its I/O blocks and its sleep is ``time.sleep``): ``now`` then
finishes the coroutine in a single ``send``, so there is no second copy to drift.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def now(outcome: Coroutine[Any, Any, T]) -> T:
    """The value of a coroutine that never suspends."""
    try:
        outcome.send(None)
    except StopIteration as done:
        value: T = done.value
        return value
    outcome.close()
    raise RuntimeError("a synchronous step suspended")  # pragma: no cover - a blocking body never does

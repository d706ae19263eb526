"""Rebuild a JSON-like tree with every leaf replaced: one walk for scrubbing and serializing.

Iterative, so a deeply nested body cannot exhaust the recursion limit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def rebuild(value: Any, leaf: Callable[[Any], Any]) -> Any:
    """A copy of ``value`` whose lists and dicts are new and whose every other node is ``leaf(node)``."""
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(value, root, 0)]
    while stack:
        node, holder, slot = stack.pop()
        if isinstance(node, list):
            holder[slot] = new_list = [None] * len(node)
            stack.extend((item, new_list, i) for i, item in enumerate(node))
        elif isinstance(node, dict):
            holder[slot] = new_dict = dict.fromkeys(node)
            stack.extend((item, new_dict, k) for k, item in node.items())
        else:
            holder[slot] = leaf(node)
    return root[0]

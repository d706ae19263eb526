"""Routers other Dokploy versions have and the spec being generated lacks.

The corrections name the operations of every version learned, and hand-written resources
extend routers some versions lack (``libsql`` before v0.29). A client generated for a
version without one answers ``client.<router>`` with an error naming the router and the
version it was generated for, instead of a bare ``AttributeError``; a name no version has
stays that plain ``AttributeError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..naming import iter_operations
from .facts import python_target


def absent_routers(spec: dict[str, Any], known: Iterable[str], extended: Iterable[str]) -> dict[str, str]:
    """Router attribute -> wire name, for each router of ``known`` operations (wire names)
    or ``extended`` (attributes with a hand-written resource) that ``spec`` has not."""
    routers = {python_target(name).partition(".")[0]: name.partition(".")[0] for name in known}
    for attribute in extended:
        head, *rest = attribute.split("_")
        routers.setdefault(attribute, head + "".join(part.capitalize() for part in rest))
    present = {python_target(name).partition(".")[0] for name, *_ in iter_operations(spec)}
    return {attribute: wire for attribute, wire in sorted(routers.items()) if attribute not in present}

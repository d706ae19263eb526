"""Canonical names for Dokploy operations, whatever the spec's path style.

Dokploy's spec is generated from tRPC, so every operation is ``router.procedure``.
Most versions spell the path ``/router.procedure``; four versions of February 2026
spell it ``/router/procedure``. Both name the same operation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from .errors import SpecError

HTTP_METHODS = ("get", "post", "put", "patch", "delete")

_SEPARATOR = re.compile(r"[./]")


def operation_name(path: str) -> str:
    """``/admin/setupMonitoring`` and ``/admin.setupMonitoring`` -> ``admin.setupMonitoring``."""
    parts = [p for p in _SEPARATOR.split(path.strip("/")) if p]
    if len(parts) < 2:
        raise SpecError(f"path {path!r} is not of the form /router.procedure: is this Dokploy's spec?")
    return f"{parts[0]}.{'.'.join(parts[1:])}"


def router_and_procedure(name: str) -> tuple[str, str]:
    router, _, procedure = name.partition(".")
    return router, procedure


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Yield ``(name, path, method, operation)`` for every operation of a spec."""
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield operation_name(path), path, method, op


def operation_from_uri(uri: str) -> str | None:
    """``http://h/api/project.one?x=1`` and ``.../api/project/one`` -> ``project.one``; else None."""
    _, sep, rest = urlsplit(uri).path.partition("/api/")
    if not sep or not rest:
        return None
    try:
        return operation_name(rest)
    except ValueError:
        return None


def pascal(name: str) -> str:
    """``ssh-key`` -> ``SshKey``, ``preview_deployments`` -> ``PreviewDeployments``."""
    parts = re.split(r"[^A-Za-z0-9]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)

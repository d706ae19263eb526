"""``spec.lock.json``: what a generated tree was made from (spec, corrections, tool versions).

``check`` and ``upgrade`` compare against it; only what changes the output is in it.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from typing import Any

from ..corrections import Corrections
from ..naming import iter_operations
from .normalize import spec_version


def lock_data(
    spec: dict[str, Any], spec_file: str, raw: bytes, corrections: Corrections, normalized: dict[str, Any]
) -> dict[str, Any]:
    """The lock of a tree whose spec, serialized as ``raw``, is written to ``spec_file``."""
    operations = sorted(name for name, *_ in iter_operations(spec))
    typed = [
        name
        for name, *_rest, op in iter_operations(normalized)
        if op["responses"]["200"].get("content", {}).get("application/json", {}).get("schema") != {}
    ]
    return {
        "dokploy_version": spec_version(spec),
        "openapi": spec.get("openapi"),
        "spec_file": spec_file,
        "spec_sha256": hashlib.sha256(raw).hexdigest(),
        "operations": len(operations),
        "typed_responses": len(typed),
        "corrections_sha256": _corrections_hash(corrections),
        # Only what changes the output: the interpreter does not (ruff targets py310).
        "tools": {
            "openapi-python-client": _version("openapi-python-client"),
            "ruff": _version("ruff"),
        },
    }


def _corrections_hash(corrections: Corrections) -> str:
    blob = json.dumps([corrections.schemas, corrections.operations, corrections.facts], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"

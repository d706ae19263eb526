"""The generated tree: the package, the locked spec and its lock, written in that order.

``generate`` builds it in a staging folder and ``check`` in a temporary one; the steps are
normalize (+ corrections), openapi-python-client (:mod:`.opc`), ruff (:mod:`.formatting`)
and the lock (:mod:`.lockfile`).
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..corrections import Corrections
from ..errors import SpecError
from . import facts
from .api_reference import API_REFERENCE
from .formatting import run_ruff
from .lockfile import lock_data
from .normalize import normalize
from .opc import run_openapi_python_client

PACKAGE_NAME = "dokploy_api"
SPEC_FILE = "spec.json"
LOCK_FILE = "spec.lock.json"
CHANGELOG_FILE = "CHANGELOG.md"


def spec_bytes(spec: dict[str, Any]) -> bytes:
    """The one serialization of a locked spec, so its hash is stable."""
    return (json.dumps(spec, indent=2, ensure_ascii=False) + "\n").encode()


def build_tree(spec: dict[str, Any], target: Path, corrections_dir: Path | None) -> dict[str, Any]:
    """Write package, locked spec and lock file into the empty folder ``target``."""
    with _cycle_collector_paused():
        return _build_tree(spec, target, corrections_dir)


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """A build allocates millions of objects that live to its end and leaves few cycles behind
    (~5 MB): the collector's passes over them cost about a second of CPU and free almost
    nothing, and in forked render workers they would copy every page they touch. Restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_tree(spec: dict[str, Any], target: Path, corrections_dir: Path | None) -> dict[str, Any]:
    corrections = Corrections.load(corrections_dir)
    package_dir = target / PACKAGE_NAME
    try:
        normalized = normalize(spec, corrections)
        compiled = facts.compile_facts(spec, corrections.facts)
        # The locked spec is written while the package renders: its indented JSON is ~0.2 s.
        locked = {target / SPEC_FILE: lambda: spec_bytes(spec).decode("utf-8")}
        run_openapi_python_client(normalized, package_dir, compiled, corrections.operations, locked)
        facts.write(compiled, package_dir)
    except RecursionError as exc:  # validate_document bounds the spec; corrections may still nest
        raise SpecError(
            "the spec or its corrections nest too deeply to generate (Python's recursion limit); "
            "check the corrections folder and the spec's schemas"
        ) from exc
    run_ruff(package_dir)
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    raw = (target / SPEC_FILE).read_bytes()
    output = (target, [package_dir, target / API_REFERENCE])
    lock = lock_data(spec, SPEC_FILE, raw, corrections, normalized, output)
    (target / LOCK_FILE).write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n", "utf-8")
    return lock

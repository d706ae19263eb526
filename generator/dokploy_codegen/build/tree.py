"""The generated tree: the locked spec, the package and its lock, written in that order.

``generate`` builds it in a staging folder and ``check`` in a temporary one; the steps are
normalize (+ corrections; in the :mod:`.background` helper while openapi-python-client is
imported), openapi-python-client (:mod:`.opc`), ruff (:mod:`.formatting`) and the lock
(:mod:`.lockfile`).
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
from . import background, facts
from .api_reference import API_REFERENCE
from .formatting import run_ruff
from .lockfile import lock_data
from .normalize import normalize
from .opc import import_generator, run_openapi_python_client

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


def _corrected(spec: dict[str, Any], corrections_dir: Path | None) -> tuple[Corrections, dict[str, Any]]:
    corrections = Corrections.load(corrections_dir)
    return corrections, normalize(spec, corrections)


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
    package_dir = target / PACKAGE_NAME
    try:
        with background.start(_corrected, spec, corrections_dir) as correcting:
            import_generator()  # meanwhile, and the locked spec's text (~0.2 s of indented JSON)
            raw = spec_bytes(spec)
            corrections, normalized = correcting.result()
        (target / SPEC_FILE).write_bytes(raw)
        compiled = facts.compile_facts(spec, corrections.facts)
        run_openapi_python_client(normalized, package_dir, compiled, corrections.operations)
        facts.write(compiled, package_dir)
    except RecursionError as exc:  # validate_document bounds the spec; corrections may still nest
        raise SpecError(
            "the spec or its corrections nest too deeply to generate (Python's recursion limit); "
            "check the corrections folder and the spec's schemas"
        ) from exc
    run_ruff(package_dir)
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    output = (target, [package_dir, target / API_REFERENCE])
    lock = lock_data(spec, SPEC_FILE, raw, corrections, normalized, output)
    (target / LOCK_FILE).write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n", "utf-8")
    return lock

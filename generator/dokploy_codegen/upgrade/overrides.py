"""What an upgrade means for ``overrides/corrections``: stale entries and untyped newcomers.

Staleness is checked only where the spec can prove it:

* operation: a correction names an operation the new spec does not have;
* field: a correction's response field is missing from the new spec's own 200 schema for
  that operation. Corrections describe response bodies, and Dokploy publishes every 200
  body as an empty placeholder object, so a field can only be checked once a spec publishes a
  real response schema (at least one field). Until then no field is reported stale: a
  guess would be noise, and request fields are not what corrections describe.

Only a response's own fields (of the object, or of each array item) are checked: the named
schema a correction points at (``#/components/schemas/X`` in ``schemas.json``) is inlined one
level. Resolving every nested reference is not an option: Dokploy's rows nest each other
(application -> environment -> project -> environments -> applications ...), and the fully
expanded Application alone flattens to over 600,000 field paths.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..corrections import Corrections
from ..naming import iter_operations
from ..specdiff.schema import is_container_path, operation_shapes, parent_path


@dataclass(frozen=True)
class StaleOperation:
    """A correction for a missing operation; ``removed_now``: it was in the locked spec."""

    name: str
    removed_now: bool


_REF_PREFIX = "#/components/schemas/"


def top_level_schemas(corrections: Corrections) -> dict[str, Any]:
    """Corrected 200 schemas with the named schema at the top (and of array items) inlined."""
    return {
        name: _inline_top(schema, corrections.schemas)
        for name, schema in corrections.response_schemas().items()
    }


def _inline_top(schema: Any, named: dict[str, Any]) -> Any:
    schema = _deref(schema, named)
    if isinstance(schema, dict) and "items" in schema:
        return {**schema, "items": _deref(schema["items"], named)}
    return schema


def _deref(schema: Any, named: dict[str, Any]) -> Any:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
        return named.get(ref.removeprefix(_REF_PREFIX), {})
    return schema


def stale_operations(
    corrections: Corrections, old: dict[str, Any], new: dict[str, Any]
) -> list[StaleOperation]:
    before = {name for name, *_ in iter_operations(old)}
    return [StaleOperation(name, removed_now=name in before) for name in corrections.stale_operations(new)]


def stale_fields(corrections: Corrections, new: dict[str, Any]) -> dict[str, list[str]]:
    """``{operation: [field paths]}`` a correction has but the spec's published 200 lacks."""
    found: dict[str, list[str]] = {}
    for name, shape in operation_shapes(new, top_level_schemas(corrections)).items():
        published, corrected = shape.spec_response, shape.corrected_response
        if published is None or corrected is None or not set(published) - {""}:
            continue
        missing = [
            path
            for path in sorted(corrected)
            if path not in published and not is_container_path(path) and parent_path(path) in published
        ]
        if missing:
            found[name] = missing
    return found


def untyped_operations(corrections: Corrections, names: Iterable[str]) -> list[str]:
    """Operations the generated client will return as untyped JSON.

    Same rule as the lock's ``typed_responses``: typed only through a correction whose
    schema is not ``{}`` (``null`` is typed: an empty body).
    """
    return sorted(
        name
        for name in names
        if name not in corrections.operations or corrections.operations[name].get("schema") == {}
    )

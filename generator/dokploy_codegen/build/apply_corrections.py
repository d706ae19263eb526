"""Install the corrected 200 schemas (``overrides/corrections``) into a normalized spec,
each under the model name :mod:`.response_models` gives it.

A step of ``generate`` (called by :mod:`.normalize`); reading and checking the corrections
folder is :mod:`dokploy_codegen.corrections`, shared with ``learn`` and ``upgrade``.
"""

from __future__ import annotations

from typing import Any

from ..corrections import Corrections
from ..naming import iter_operations
from .response_models import name_models


def apply(spec: dict[str, Any], corrections: Corrections) -> None:
    """Install the corrected 200 schemas into a normalized spec, in place."""
    components = spec.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in corrections.schemas.items():
        components[name] = _strip_private(schema)
    present = {name: op for name, _path, _method, op in iter_operations(spec)}
    typed = {
        name: entry["schema"]
        for name, entry in corrections.operations.items()
        if name in present and entry.get("schema") is not None
    }
    schemas, models = name_models(typed, set(components))
    for name, schema in models.items():
        components[name] = _strip_private(schema)
    for name, op in present.items():
        entry = corrections.operations.get(name)
        if entry is None:
            continue
        success = op["responses"]["200"]
        if entry.get("schema") is None:
            success.pop("content", None)
        else:
            success["content"] = {"application/json": {"schema": _strip_private(schemas[name])}}


def _strip_private(schema: Any) -> Any:
    """Drop our own ``x-`` annotations so they cannot leak into generated code."""
    if isinstance(schema, dict):
        return {k: _strip_private(v) for k, v in schema.items() if not k.startswith("x-")}
    if isinstance(schema, list):
        return [_strip_private(v) for v in schema]
    return schema

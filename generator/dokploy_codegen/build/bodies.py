"""Request bodies without a model class per operation.

A router method takes a JSON (or multipart) body's fields as flat keyword arguments,
and the endpoint module builds the body from them (``types.json_body``; multipart
parts inline). The attrs class openapi-python-client makes for each such body would
only be filled from those arguments to be serialised again: 363 modules, over half of
the models' lines for v0.30.2. :func:`drop_body_models` leaves them out of what is
written. Objects nested in a body (a list's items, a sub-object) and enums stay
models: the keyword arguments are typed with them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_BODY_TYPES = ("json", "files")
# Parameters of the resource method and of sync()/asyncio() beside the fields.
_TAKEN = frozenset({"self", "client"})


def is_flat_body(endpoint: Any) -> bool:
    """One JSON or multipart body that is an object with known properties.

    The one rule for the templates (``dokploy_flat_body``) and for :func:`drop_body_models`:
    the router method spells exactly these bodies' fields as its keyword arguments.
    """
    if len(endpoint.bodies) != 1:
        return False
    body = endpoint.bodies[0]
    prop = body.prop
    if not (
        body.body_type in _BODY_TYPES
        and getattr(prop, "class_info", None) is not None
        and getattr(prop, "required_properties", None) is not None
    ):
        return False
    # A field spelled like a name the generated code already uses keeps the body model.
    taken = _TAKEN | ({"files"} if body.body_type == "files" else set())
    return not any(p.python_name in taken for p in [*prop.required_properties, *prop.optional_properties])


def drop_body_models(data: Any) -> int:
    """Remove the models only flat bodies use from ``data.models``; the number removed.

    A body class that any other model, or any other operation (a response, a query
    parameter, a body that is not flat), still imports is kept.
    """
    endpoints = [e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints]
    owners: dict[str, list[Any]] = {}
    for endpoint in endpoints:
        if is_flat_body(endpoint):
            owners.setdefault(endpoint.bodies[0].prop.class_info.module_name, []).append(endpoint)
    if not owners:
        return 0
    used: set[str] = set()
    for model in data.models:
        module = model.class_info.module_name
        imports = [*(model.relative_imports or ()), *(model.lazy_imports or ())]
        used.update(name for name in _imported_modules(imports) if name != module)
    for endpoint in endpoints:
        own = endpoint.bodies[0].prop.class_info.module_name if is_flat_body(endpoint) else None
        used.update(name for name in _imported_modules(endpoint.relative_imports) if name != own)
    dropped = {module for module in owners if module not in used}
    data.models = [m for m in data.models if m.class_info.module_name not in dropped]
    return len(dropped)


def _imported_modules(imports: Iterable[str]) -> set[str]:
    """``x`` of each ``from ..models.x import X`` (any number of leading dots)."""
    found: set[str] = set()
    for line in imports:
        head, sep, _names = line.partition(" import ")
        if sep and head.startswith("from ") and ".models." in head:
            found.add(head.rsplit(".models.", 1)[1])
    return found

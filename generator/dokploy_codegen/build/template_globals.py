"""Names the Dokploy templates (``templates/*.jinja``) call, on top of openapi-python-client's."""

from __future__ import annotations

import keyword
import re
from typing import Any

from ..errors import SpecError
from ..naming import operation_name
from . import import_lines
from .bodies import is_flat_body
from .wire_values import is_plain

_SAFE_PATH = re.compile(r"/[A-Za-z][A-Za-z0-9_]*[./][A-Za-z][A-Za-z0-9_]*")


def template_globals() -> dict[str, Any]:
    """Names the Dokploy templates use on top of openapi-python-client's."""
    return {
        "dokploy_operation": _endpoint_operation,
        "dokploy_method": _endpoint_method,
        "dokploy_flat_body": is_flat_body,
        "dokploy_plain": is_plain,
        "dokploy_names_in": import_lines.names_in,
        "dokploy_used_imports": import_lines.used,
        "dokploy_import_block": import_lines.block,
        "dokploy_members": import_lines.members,
        "dokploy_import_header": import_lines.header,
    }


def _endpoint_operation(endpoint: Any) -> str:
    """The validated ``router.procedure``: spec text is untrusted until it matches."""
    path = endpoint.path.get_untrusted_value()
    if not _SAFE_PATH.fullmatch(path):
        raise SpecError(f"path {path!r} is not of the form /router.procedure; is this a Dokploy spec?")
    return operation_name(path)


def _endpoint_method(endpoint: Any) -> str:
    from openapi_python_client import strings

    method = strings.snake_case(_endpoint_operation(endpoint).split(".", 1)[1])
    return method + "_" if keyword.iskeyword(method) else method

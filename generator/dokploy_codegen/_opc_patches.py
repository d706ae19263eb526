"""One performance fix to openapi-python-client, applied only while we generate.

``Endpoint.sort_parameters`` deep-copies every endpoint (with every schema it
references) to order its *path* parameters. Dokploy's operations have none, and
with typed responses those copies took ~20 of 25 s. Endpoints without path
parameters are returned as they are; the others go through the original.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def skip_needless_endpoint_copies() -> Iterator[None]:
    from openapi_python_client.parser.openapi import Endpoint

    original = Endpoint.__dict__["sort_parameters"]

    def sort_parameters(*, endpoint: Any) -> Any:
        if not endpoint.path_parameters and "{" not in endpoint.path.get_untrusted_value():
            return endpoint
        return original.__func__(endpoint=endpoint)

    Endpoint.sort_parameters = staticmethod(sort_parameters)  # type: ignore[method-assign]
    try:
        yield
    finally:
        Endpoint.sort_parameters = original  # type: ignore[method-assign]

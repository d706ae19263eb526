"""Typed Python client for Dokploy.

    from dokploy import Dokploy
    with Dokploy() as client:          # DOKPLOY_API_URL, DOKPLOY_API_KEY
        for project in client.project.all():
            print(project.name)
"""

from ._client import AsyncDokploy, Dokploy
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DokployError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    UnknownOperationError,
    UnsupportedMediaTypeError,
)
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDokploy",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "Dokploy",
    "DokployError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "UnknownOperationError",
    "UnsupportedMediaTypeError",
    "__version__",
]

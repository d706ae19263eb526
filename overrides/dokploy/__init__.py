"""Typed Python client for Dokploy.

from dokploy import Dokploy
with Dokploy() as client:          # DOKPLOY_API_URL, DOKPLOY_API_KEY
    for project in client.project.all():
        print(project.name)

Models, ``Unset``/``UNSET`` and ``ResponseShapeWarning`` to annotate with: ``dokploy.types``.
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncDokploy, Dokploy
from ._compat import VersionMismatchWarning
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
    OperationNotAvailable,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    RedirectError,
    UnexpectedResponseError,
    UnknownOperationError,
    UnsupportedMediaTypeError,
)
from ._hooks import CallHook, OperationRequest
from ._version import __version__
from ._workflow_exceptions import (
    CreatedRecordNotFound,
    DeploymentFailed,
    DeploymentTimeout,
    EnvironmentNotFound,
)

if TYPE_CHECKING:
    from ._envfile import EnvBlock, format_env_block, parse_env_block
    from ._overview import EnvironmentSummary, ProjectSummary, ServiceSummary

# Helper-layer names load on first use: ``import dokploy`` stays as cheap as the engine.
_LAZY = {
    "EnvBlock": "._envfile",
    "format_env_block": "._envfile",
    "parse_env_block": "._envfile",
    "EnvironmentSummary": "._overview",
    "ProjectSummary": "._overview",
    "ServiceSummary": "._overview",
}


if not TYPE_CHECKING:  # hidden from type checkers, which would accept any name through it

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDokploy",
    "AuthenticationError",
    "BadRequestError",
    "CallHook",
    "ConfigurationError",
    "ConflictError",
    "CreatedRecordNotFound",
    "DeploymentFailed",
    "DeploymentTimeout",
    "Dokploy",
    "DokployError",
    "EnvBlock",
    "EnvironmentNotFound",
    "EnvironmentSummary",
    "InternalServerError",
    "NotFoundError",
    "OperationNotAvailable",
    "OperationRequest",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "ProjectSummary",
    "RateLimitError",
    "RedirectError",
    "ServiceSummary",
    "UnexpectedResponseError",
    "UnknownOperationError",
    "UnsupportedMediaTypeError",
    "VersionMismatchWarning",
    "__version__",
    "format_env_block",
    "parse_env_block",
]

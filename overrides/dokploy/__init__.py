"""Typed Python client for Dokploy.

from dokploy import Dokploy
with Dokploy() as client:          # DOKPLOY_API_URL, DOKPLOY_API_KEY
    for project in client.project.all():
        print(project.name)
"""

from ._client import AsyncDokploy, Dokploy
from ._envfile import EnvBlock, format_env_block, parse_env_block
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
from ._overview import EnvironmentSummary, ProjectSummary, ServiceSummary
from ._version import __version__
from ._workflow_exceptions import (
    CreatedRecordNotFound,
    DeploymentFailed,
    DeploymentTimeout,
    EnvironmentNotFound,
)

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
    "PermissionDeniedError",
    "PreconditionFailedError",
    "ProjectSummary",
    "RateLimitError",
    "ServiceSummary",
    "UnknownOperationError",
    "UnsupportedMediaTypeError",
    "__version__",
    "format_env_block",
    "parse_env_block",
]

"""Errors of the code generator: each one a message that says what to do."""

from __future__ import annotations


class CodegenError(Exception):
    """Base: the CLI prints the message as one line and exits non-zero."""


class SpecError(CodegenError, ValueError):
    """The spec file or document is unusable."""


class PullError(CodegenError):
    """Fetching the spec from a Dokploy instance failed."""


class ToolError(CodegenError):
    """openapi-python-client or ruff is missing or failed."""


class CheckFailed(CodegenError):
    """``generated/`` is not what the locked spec and overrides produce."""

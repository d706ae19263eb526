"""The kit's own failures: each names what happened and what to do about it."""

from __future__ import annotations


class ContractKitError(Exception):
    """Base of the kit's errors."""


class GuardError(ContractKitError):
    """The staging-safety guard refused a call before it was sent."""


class ForeignResourceError(GuardError):
    """A mutation on a resource this run did not create."""


class HostOperationError(GuardError):
    """An operation that acts on the Dokploy host, not opted in."""


class CassetteMissError(ContractKitError):
    """Replay mode met a request that no cassette holds."""


class ModeConfigurationError(ContractKitError):
    """record/live without DOKPLOY_API_URL / DOKPLOY_API_KEY, or an unreachable instance."""


class PreexistingProjectsChanged(ContractKitError):
    """A record/live run changed projects that existed before it."""


class MissingExtrasError(ContractKitError):
    """A kit fixture or option was used without the ``[contract]`` extra installed."""

"""Errors of the workflow helpers; all are ``DokployError``s."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._exceptions import DokployError

if TYPE_CHECKING:
    from collections.abc import Sequence


class EnvironmentNotFound(DokployError):
    """A project has no environment by that name, or no default one.

    ``available`` lists the names the project does have.
    """

    def __init__(self, project_id: str, wanted: str | None, available: Sequence[str]) -> None:
        self.project_id = project_id
        self.wanted = wanted
        self.available = list(available)
        names = ", ".join(repr(n) for n in self.available) or "none"
        what = (
            f"no environment named {wanted!r}"
            if wanted
            else ("no default environment (none has isDefault and none is named 'production')")
        )
        super().__init__(
            f"project {project_id}: {what}; available: {names}; "
            "pass environment=<name> or environment_id=<id>"
        )


class DeploymentFailed(DokployError):
    """The deployment ended in ``error`` (or the server refused a database deploy).

    ``deployment_id`` and ``log_path`` are None for databases, which Dokploy
    deploys inside the request without a deployment record.
    """

    def __init__(
        self,
        message: str,
        *,
        deployment_id: str | None,
        status: str,
        log_path: str | None,
        deployment: Any = None,
    ) -> None:
        super().__init__(message)
        self.deployment_id = deployment_id
        self.status = status
        self.log_path = log_path
        self.deployment = deployment


class DeploymentTimeout(DokployError):
    """The wait ended before the deployment did; the deployment goes on on the server.

    ``deployment_id`` is None when the new deployment never appeared (still queued).
    """

    def __init__(
        self, message: str, *, deployment_id: str | None, timeout: float, deployment: Any = None
    ) -> None:
        super().__init__(message)
        self.deployment_id = deployment_id
        self.timeout = timeout
        self.deployment = deployment


class CreatedRecordNotFound(DokployError):
    """A create that answers no record succeeded, but its record could not be told apart.

    ``candidates`` holds the new records that matched (none, or several).
    """

    def __init__(self, operation: str, match: dict[str, Any], candidates: Sequence[Any]) -> None:
        self.operation = operation
        self.match = match
        self.candidates = list(candidates)
        found = "no new record" if not self.candidates else f"{len(self.candidates)} new records"
        super().__init__(
            f"{operation} succeeded but {found} matched {match!r} in the listing; "
            "the create did happen on the server"
        )

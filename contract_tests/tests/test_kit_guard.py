"""The staging-safety guard: only what this run created may change; host ops need opting in."""

from __future__ import annotations

import pytest

from dokploy_contract.errors import ForeignResourceError, HostOperationError
from dokploy_contract.guard import Guard, is_host_operation


def test_mutations_of_foreign_ids_are_refused() -> None:
    guard = Guard()
    with pytest.raises(ForeignResourceError, match="projectId=theirs"):
        guard.check("project.remove", "POST", {"projectId": "theirs"})
    with pytest.raises(ForeignResourceError):
        guard.check("application.deploy", "POST", {"applicationId": "theirs"})
    with pytest.raises(ForeignResourceError):  # a create inside someone else's environment
        guard.check("application.create", "POST", {"name": "x", "environmentId": "theirs"})
    with pytest.raises(ForeignResourceError, match="no resource this run created"):
        guard.check("organization.update", "POST", {"name": "x"})
    with pytest.raises(ForeignResourceError):  # a reference key is still the target of its router
        guard.check("server.remove", "POST", {"serverId": "theirs"})


def test_ownership_is_learned_from_creates_and_children() -> None:
    guard = Guard()
    guard.check("project.create", "POST", {"name": "ct-x-p"})
    guard.learn(
        "project.create",
        {
            "project": {"projectId": "P", "organizationId": "ORG"},
            "environment": {"environmentId": "E", "projectId": "P"},
        },
    )
    assert {"P", "E"} <= guard.owned and "ORG" not in guard.owned
    guard.check("application.create", "POST", {"name": "a", "environmentId": "E", "serverId": "S"})
    guard.learn("application.create", {"applicationId": "A", "environmentId": "E", "serverId": "S"})
    guard.learn("deployment.all", [{"deploymentId": "D", "applicationId": "A", "serverId": "S"}])
    assert {"A", "D"} <= guard.owned and "S" not in guard.owned
    guard.check("application.deploy", "POST", {"applicationId": "A"})
    guard.check("deployment.removeDeployment", "POST", {"deploymentId": "D"})
    guard.check("project.remove", "POST", {"projectId": "P"})
    with pytest.raises(ForeignResourceError):
        guard.check("server.remove", "POST", {"serverId": "S"})


def test_reads_are_always_allowed() -> None:
    Guard().check("project.one", "GET", None)
    Guard().check("docker.getContainers", "GET", None)


def test_host_operations_need_an_explicit_opt_in() -> None:
    for op in (
        "application.killBuild",
        "compose.import",
        "settings.cleanAll",
        "settings.reloadServer",
        "settings.updateTraefikConfig",
        "server.setup",
        "deployment.killProcess",
        "settings.setupGPU",
        "docker.removeContainer",
    ):
        assert is_host_operation(op), op
    assert not is_host_operation("application.deploy")
    guard = Guard()
    guard.adopt("A")
    with pytest.raises(HostOperationError, match=r"--dokploy-allow-host-ops=application\.killBuild"):
        guard.check("application.killBuild", "POST", {"applicationId": "A"})
    opted = Guard(allowed_host_operations={"application.killBuild", "settings.reloadTraefik"})
    opted.adopt("A")
    opted.check("application.killBuild", "POST", {"applicationId": "A"})
    opted.check("settings.reloadTraefik", "POST", {})
    with pytest.raises(ForeignResourceError):  # opting in does not lift ownership
        opted.check("application.killBuild", "POST", {"applicationId": "theirs"})

"""The staging-safety guard: only what this run created may change; host ops need opting in."""

from __future__ import annotations

from typing import Any

import pytest

from dokploy_contract.engine import GuardedEngine
from dokploy_contract.errors import ForeignResourceError, HostOperationError
from dokploy_contract.guard import Guard, is_host_operation, multipart_fields, request_body


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


def test_load_services_with_fetch_is_a_mutation_of_its_compose() -> None:
    guard = Guard()
    guard.check("compose.loadServices", "GET", {"composeId": "theirs"})  # cache: a read
    guard.check("compose.loadServices", "GET", {"composeId": "theirs", "type": "cache"})
    with pytest.raises(ForeignResourceError, match="composeId=theirs"):
        guard.check("compose.loadServices", "GET", {"composeId": "theirs", "type": "fetch"})
    guard.adopt("ours")
    guard.check("compose.loadServices", "GET", {"composeId": "ours", "type": "fetch"})


def test_multipart_fields_reach_the_guard() -> None:
    files = [
        ("applicationId", (None, b"theirs", "text/plain")),
        ("zip", ("app.zip", b"PK\x03\x04 applicationId=ours", "application/zip")),
        ("dropBuildPath", "sub/dir"),
    ]
    assert multipart_fields(files) == {"applicationId": "theirs", "dropBuildPath": "sub/dir"}
    assert multipart_fields({"containerId": (None, "c1")}) == {"containerId": "c1"}
    assert request_body("POST", {"files": files, "json": None}) == multipart_fields(files)
    assert request_body("GET", {"params": {"composeId": "c"}}) == {"composeId": "c"}

    sent: list[str] = []

    class Inner:
        base_url = "https://dokploy.test"

        def request(self, operation: str, *, method: str, url: str, **kwargs: Any) -> Any:
            sent.append(operation)
            return True

        def close(self) -> None:
            pass

    guard = Guard()
    engine = GuardedEngine(Inner(), guard, None)  # type: ignore[arg-type]
    op, url = "application.dropDeployment", "/application.dropDeployment"
    with pytest.raises(ForeignResourceError, match="applicationId=theirs"):
        engine.request(op, method="POST", url=url, files=files)
    with pytest.raises(ForeignResourceError, match=r"compose\.loadServices"):
        engine.request(
            "compose.loadServices",
            method="GET",
            url="/compose.loadServices",
            params={"composeId": "theirs", "type": "fetch"},
        )
    assert sent == []
    guard.adopt("theirs")
    engine.request(op, method="POST", url=url, files=files)
    assert sent == [op]

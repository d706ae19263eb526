"""Helpers on the resources they extend: one definition, run on Dokploy, asyncio and trio alike.

Every scenario runs three times, on ``Dokploy``, on ``AsyncDokploy`` under asyncio and
under trio (anyio's backends; trio when it is installed), and must send the same requests
and answer the same values: the async path is the sync one's workflow, not a copy.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import anyio
import pytest
from fakes import FakeDokploy, deployment, recorded, requires

from dokploy import Dokploy
from dokploy._resource import AsyncHelpers, SyncHelpers, helper, overloaded_helper
from dokploy._steps import Call, Sleep, call
from dokploy_api.api import EXTENSIONS, ROUTERS

RUNNERS = [
    "sync",
    "asyncio",
    pytest.param(
        "trio",
        marks=pytest.mark.skipif(
            importlib.util.find_spec("trio") is None, reason="trio is not installed (pip install trio)"
        ),
    ),
]
FAST = {"timeout": 5.0, "poll_interval": 0.001}


def run(fake: FakeDokploy, runner: str, use: Callable[[Any], Any]) -> Any:
    """``use(client)`` on the sync client, or awaited on the async one under ``runner``."""
    if runner == "sync":
        with fake.client() as client:
            return use(client)

    async def main() -> Any:
        async with fake.async_client() as client:
            return await use(client)

    return anyio.run(main, backend=runner)


def _default(project: dict[str, Any]) -> str:
    return str(next(e["environmentId"] for e in project["environments"] if e["isDefault"]))


@pytest.mark.parametrize("runner", RUNNERS)
def test_project_environment_and_overview(runner: str, project: dict[str, Any]) -> None:
    everything = recorded("project.all", file="02-projects.jsonl")
    fake = FakeDokploy().on("project.one", project).on("project.all", everything)
    env = run(fake, runner, lambda c: c.project.environment(project["projectId"]))
    assert env.environment_id == _default(project)
    tree = run(fake, runner, lambda c: c.project.overview())
    assert [p.project_id for p in tree] == [p["projectId"] for p in everything]
    assert fake.ops() == ["project.one", "project.all"]


@pytest.mark.parametrize("runner", RUNNERS)
def test_application_create_deploy_wait_env(runner: str, project: dict[str, Any]) -> None:
    created = recorded("application.create")
    base = recorded("deployment.all", file="03-application.jsonl")[0]
    fake = FakeDokploy().on("project.one", project).on("application.create", created)
    fake.on("environment.one", {"environmentId": _default(project), "applications": []})
    app = run(fake, runner, lambda c: c.application.create(name="web", project_id=project["projectId"]))
    assert app.application_id == created["applicationId"]
    assert fake.sent("application.create")[0]["environmentId"] == _default(project)

    def titled(status: str) -> Callable[[dict[str, Any]], list[dict[str, Any]]]:
        def listing(_: dict[str, Any]) -> list[dict[str, Any]]:
            title = fake.sent("application.deploy")[-1]["title"]
            return [{**deployment(base, "new", status, "2026-11-29T02:00:00.000Z"), "title": title}]

        return listing

    fake.on("deployment.all", [], titled("running"), titled("done")).on("application.deploy", None)
    done = run(fake, runner, lambda c: c.application.deploy("a1", wait=True, **FAST))  # sleeps once
    assert (done.deployment_id, str(done.status)) == ("new", "done")
    assert len(run(fake, runner, lambda c: c.application.deployments("a1"))) == 1

    stored = {"applicationId": "a1", "env": "# keep\nA=1", "buildArgs": "X=1", "buildSecrets": None}
    fake.on("application.one", {**stored, "createEnvFile": False}).on("application.saveEnvironment", True)
    assert run(fake, runner, lambda c: c.application.save_environment("a1", {"B": "2"}, merge=True)) is True
    assert fake.sent("application.saveEnvironment")[-1] == {
        "applicationId": "a1",
        "env": "# keep\nA=1\nB=2",
        "buildArgs": "X=1",
        "buildSecrets": None,
        "createEnvFile": False,
    }


@pytest.mark.parametrize("runner", RUNNERS)
def test_compose_create_services_env_deploy(runner: str, project: dict[str, Any]) -> None:
    requires("compose.save_environment")
    created = recorded("compose.create")
    fake = FakeDokploy().on("project.one", project).on("compose.create", created)
    fake.on("environment.one", {"environmentId": _default(project), "compose": []})
    stack = run(fake, runner, lambda c: c.compose.create(name="s", project_id=project["projectId"]))
    assert stack.compose_id == created["composeId"]
    fake.on("compose.loadServices", (lambda a: ["web"] if a.get("type") == "fetch" else None))
    fake.script["compose.loadServices"].insert(
        0, (404, {"message": "Services not found", "code": "NOT_FOUND"})
    )
    assert run(fake, runner, lambda c: c.compose.services("c1")) == ["web"]
    fake.on("compose.one", {"composeId": "c1", "env": "A=1"}).on("compose.saveEnvironment", True)
    assert run(fake, runner, lambda c: c.compose.save_environment("c1", {"B": "2"}, merge=True)) is True
    assert fake.sent("compose.saveEnvironment")[-1] == {"composeId": "c1", "env": "A=1\nB=2"}
    base = recorded("deployment.all", file="03-application.jsonl")[0]

    def ours(_: dict[str, Any]) -> list[dict[str, Any]]:
        return [{**deployment(base, "d", "done", "x"), "title": fake.sent("compose.deploy")[-1]["title"]}]

    fake.on("deployment.allByCompose", [], ours).on("compose.deploy", None)
    assert run(fake, runner, lambda c: c.compose.deploy("c1", wait=True, **FAST)).deployment_id == "d"
    assert len(run(fake, runner, lambda c: c.compose.deployments("c1"))) == 1


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.parametrize("kind", ["postgres", "libsql"])
def test_database_deploy_wait_and_env(runner: str, kind: str) -> None:
    requires(f"{kind}.one")
    record = recorded(f"{kind}.one")
    ident = record[f"{kind}Id"]
    running, done = {**record, "applicationStatus": "running"}, {**record, "applicationStatus": "done"}
    fake = FakeDokploy().on(f"{kind}.deploy", running).on(f"{kind}.one", running, done)
    result = run(fake, runner, lambda c: getattr(c, kind).deploy(ident, wait=True, **FAST))  # polls, sleeps
    assert str(result.application_status) == "done"
    fake.on(f"{kind}.saveEnvironment", True)
    fake.script[f"{kind}.one"] = [(200, {**record, "env": "A=1"})]
    saved = run(fake, runner, lambda c: getattr(c, kind).save_environment(ident, {"B": "2"}, merge=True))
    assert saved is True
    assert fake.sent(f"{kind}.saveEnvironment") == [{f"{kind}Id": ident, "env": "A=1\nB=2"}]


@pytest.mark.parametrize("runner", RUNNERS)
def test_database_create_in_a_project(runner: str, project: dict[str, Any]) -> None:
    fake = FakeDokploy().on("project.one", project).on("postgres.create", recorded("postgres.create"))
    fake.on("environment.one", {"environmentId": _default(project), "postgres": []})
    fields = {"database_name": "d", "database_user": "u", "database_password": "p"}
    db = run(fake, runner, lambda c: c.postgres.create(name="db", project_id=project["projectId"], **fields))
    assert db.postgres_id
    assert fake.sent("postgres.create")[0]["environmentId"] == _default(project)


# The mechanism itself.


def test_the_registry_makes_every_extended_router_its_subclass() -> None:
    client = Dokploy(base_url="http://dokploy.test", api_key="k")
    assert set(EXTENSIONS) <= set(ROUTERS)
    wanted = {"project", "application", "compose", "postgres", "libsql"} & set(ROUTERS)  # no libsql: v0.28.8
    assert wanted <= set(EXTENSIONS)
    for router, module in EXTENSIONS.items():
        resource = getattr(client, router)
        assert type(resource).__module__ == module and isinstance(resource, SyncHelpers)
        assert resource._client is client  # helpers reach the other routers through it
    assert type(client.domain).__module__ == "dokploy_api.api.domain"  # not extended: generated


def test_a_helper_is_one_workflow_with_a_docstring_on_both_resources() -> None:
    from dokploy.resources.application import ApplicationResource, AsyncApplicationResource

    sync_attr, async_attr = ApplicationResource.__dict__, AsyncApplicationResource.__dict__
    assert "deploy" not in sync_attr and "deploy" not in async_attr  # one mixin
    descriptor = ApplicationResource.deploy
    assert isinstance(descriptor, overloaded_helper) and descriptor is AsyncApplicationResource.deploy
    assert "Deployment" in (descriptor.__doc__ or "")
    assert isinstance(ApplicationResource.save_environment, helper)
    assert issubclass(AsyncApplicationResource, AsyncHelpers)


def test_steps_are_typed_bound_methods_driven_step_by_step() -> None:
    client = Dokploy(base_url="http://dokploy.test", api_key="k")
    steps = call(client.project.one, project_id="p1")
    step = next(steps)
    assert isinstance(step, Call) and step.target == client.project.one
    assert step.kwargs == {"project_id": "p1"}
    with pytest.raises(StopIteration) as done:
        steps.send("the project")
    assert done.value.value == "the project"
    assert Sleep(1.0).seconds == 1.0


def test_importing_the_client_loads_no_resource_module() -> None:
    code = (
        "import sys, dokploy\n"
        "c = dokploy.Dokploy(base_url='http://x', api_key='k')\n"
        "assert not [m for m in sys.modules if m.startswith('dokploy.resources.')], 'eager'\n"
        "c.project\n"
        "assert 'dokploy.resources.project' in sys.modules\n"
        "assert 'dokploy.resources.postgres' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_discovery_wires_only_files_with_both_classes(tmp_path: Any) -> None:
    from dokploy_codegen.build.extensions import class_prefix, discover

    folder = tmp_path / "resources"
    folder.mkdir()
    (folder / "ssh_key.py").write_text("class SshKeyResource: ...\nclass AsyncSshKeyResource: ...\n")
    (folder / "half.py").write_text("class HalfResource: ...\n")
    (folder / "_private.py").write_text("class PrivateResource: ...\nclass AsyncPrivateResource: ...\n")
    found = discover(tmp_path)
    assert list(found) == ["ssh_key"]
    assert (found["ssh_key"].module, found["ssh_key"].async_class) == (
        "dokploy.resources.ssh_key",
        "AsyncSshKeyResource",
    )
    assert class_prefix("git_provider") == "GitProvider" and discover(None) == {}

"""generated/api.md: one page with every ``client.<router>.<method>``, helpers marked, never stale."""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import pytest
from support import GENERATED

import dokploy
from dokploy_api.api import OPERATIONS
from dokploy_codegen.build import tree as build
from dokploy_codegen.build.api_reference import API_REFERENCE, resource_helpers
from dokploy_codegen.cli import main
from dokploy_codegen.naming import operation_name

REFERENCE = GENERATED / API_REFERENCE
OPERATION_LINE = re.compile(r"^- `client\.(\w+)\.(\w+)\((.*)\) -> (.+)`: `(GET|POST) (\S+)`$", re.M)


def _operations() -> list[tuple[str, ...]]:
    return OPERATION_LINE.findall(REFERENCE.read_text(encoding="utf-8"))


def test_every_operation_is_listed_once_with_its_path() -> None:
    listed = _operations()
    assert len(listed) == len(OPERATIONS)
    by_path = {path: (router, method) for router, method, _, _, _, path in listed}
    with dokploy.Dokploy(base_url="http://127.0.0.1:9", api_key="k") as client:
        for name, info in OPERATIONS.items():
            router, method = by_path[info.path]
            assert operation_name(info.path) == name
            assert callable(getattr(getattr(client, router), method)), name


def test_each_listed_signature_is_the_router_method_signature() -> None:
    """The page says what the code does: parameters and return type as the routers declare them."""
    for router, method, parameters, returns, _, _ in _operations():
        module = __import__(f"dokploy_api.api.{router}", fromlist=["_"])
        cls = next(c for n, c in vars(module).items() if n.endswith("Resource") and not n.startswith("Async"))
        signature = inspect.signature(getattr(cls, method))
        names = [p for p in signature.parameters if p != "self"]
        assert re.findall(r"(?:^|, )(\w+):", parameters) == names, f"{router}.{method}"
        assert signature.return_annotation == returns


def test_helpers_are_marked_and_cover_the_workflow_surface() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    for call in (
        "client.project.environment(project: ProjectRef, name: str | None = None) -> ProjectOneEnvironment",
        "client.project.overview() -> list[ProjectSummary]",
        "client.application.create(*, name: str, environment_id: str | None = None, project_id:",
        "client.application.deploy(service_id: str | None = None, *, wait: Literal[False] = False, title:",
        "client.application.deploy(service_id: str | None = None, *, wait: Literal[True], timeout: float",
        "client.compose.deploy(service_id: str | None = None, *, wait: bool, timeout: float",
        "client.compose.services(",
        "client.postgres.deploy(service_id: str | None = None, *, wait: bool = False, timeout: float = "
        "DEFAULT_TIMEOUT, poll_interval: float = DEFAULT_POLL_INTERVAL, **ids: str) -> Postgres",
        "client.postgres.create(*, name: str",
        "client.libsql.save_environment(",
    ):
        assert f"- **helper** `{call}" in text, call
    assert ") -> bool | None`: Dokploy's deploy" in text  # the overloads answer per wait, R applied
    assert ") -> bool | ComposeDeployResult | Deployment`" in text
    assert "deploy_and_wait" not in text
    assert "**helper** `client.project.one" not in text  # generated operations are not helpers
    assert "client.projects" not in text and "client.databases(" not in text


def test_resource_helpers_are_read_from_the_extensions_without_importing_them(tmp_path: Path) -> None:
    folder = tmp_path / "dokploy" / "resources"
    folder.mkdir(parents=True)
    (folder / "_shared.py").write_text(
        "raise RuntimeError('never imported')\n"
        "class Shared(Helpers, Generic[M]):\n"
        "    @helper\n"
        "    def wait(self, /, thing_id: str, *, fast: bool = False) -> Workflow[M]:\n"
        '        """Wait for it.\n\n        Detail."""\n'
        "    def _private(self) -> None: ...\n"
    )
    (folder / "thing.py").write_text(
        "raise RuntimeError('never imported')\n"
        "from ._shared import Shared\n"
        "class _Thing(Shared[Thing]):\n"
        "    @helper\n"
        "    def create(self, *, name: str, **rest: object) -> Workflow[ThingCreated]: ...\n"
        "class ThingResource(SyncHelpers, _Thing, generated.ThingResource): ...\n"
        "class AsyncThingResource(AsyncHelpers, _Thing, generated.AsyncThingResource): ...\n"
    )
    (folder / "_shared.py").write_text(
        (folder / "_shared.py").read_text() + "class Go(Protocol[Q_co, W_co]):\n"
        "    @overload\n"
        "    def __call__(self, x: str, /, *, wait: Literal[False] = False) -> Q_co: ...\n"
        "    @overload\n"
        "    def __call__(self, x: str, /, *, wait: Literal[True]) -> W_co: ...\n"
        "def go(self, x: str, /, *, wait: bool = False) -> Workflow[Any]:\n"
        '    """Go, then wait."""\n'
        "class Service(Helpers, Generic[R]):\n"
        "    go: overloaded_helper[Go[R, R | Done], Go[Awaitable[R], Awaitable[R | Done]]] = (\n"
        "        overloaded_helper(go)\n"
        "    )\n"
        "    other: int = 1\n"
    )
    (folder / "runner.py").write_text(
        "from ._shared import Service\n"
        "class _Runner(Service['bool | None']): ...\n"
        "class RunnerResource(SyncHelpers, _Runner, generated.RunnerResource): ...\n"
        "class AsyncRunnerResource(AsyncHelpers, _Runner, generated.AsyncRunnerResource): ...\n"
    )
    (folder / "lonely.py").write_text("class LonelyResource: ...\n")  # no async class: not wired
    listed = resource_helpers(tmp_path / "dokploy")
    go = [h for h in listed if h.call == "client.runner.go"]
    assert [(h.parameters, h.returns, h.summary) for h in go] == [
        ("x: str, *, wait: Literal[False] = False", "bool | None", "Go, then wait."),
        ("x: str, *, wait: Literal[True]", "bool | None | Done", ""),
    ]
    found = {h.call: h for h in listed if not h.call.startswith("client.runner.")}
    assert set(found) == {"client.thing.create", "client.thing.wait"}
    assert found["client.thing.wait"].parameters == "thing_id: str, *, fast: bool = False"
    assert found["client.thing.wait"].returns == "Thing"  # the base's type argument applied
    assert found["client.thing.wait"].summary == "Wait for it."
    assert found["client.thing.create"].returns == "ThingCreated"
    assert found["client.thing.create"].parameters == "*, name: str, **rest: object"


def test_check_fails_on_a_stale_reference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    reference = copy / API_REFERENCE
    reference.write_text(reference.read_text().replace("client.project.one(", "client.project.get("))
    assert main(["check", "--output", str(copy)]) == 1
    assert f"differs {API_REFERENCE}" in capsys.readouterr().err
    reference.unlink()
    assert main(["check", "--output", str(copy)]) == 1
    assert f"missing {API_REFERENCE}" in capsys.readouterr().err
    assert (copy / build.PACKAGE_NAME).is_dir()

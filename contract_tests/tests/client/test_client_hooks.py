"""``hooks=``: the engine runs them around every call, sync and async alike, whatever
router the call goes through and whenever that router was first used."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from support import on_client

from dokploy import CallHook, Dokploy, NotFoundError, OperationRequest

URL = "https://dokploy.test"
KINDS = ["sync", "async"]
PROJECT = {"projectId": "p1", "name": "web"}


class Recorder(CallHook):
    """Every event, in order, as ``(stage, operation, detail)``."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str, Any]] = []

    def before_send(self, request: OperationRequest) -> None:
        self.events.append(("before", request.operation, request))

    def after_decode(self, request: OperationRequest, data: Any) -> None:
        self.events.append(("after", request.operation, data))

    def on_error(self, request: OperationRequest, error: Exception) -> Exception | None:
        self.events.append(("error", request.operation, error))
        return None


class NoAnswer(Exception):
    """What a test transport raises for a call it has no answer for (as vcrpy does)."""


class Translated(Exception):
    pass


class Translator(CallHook):
    def on_error(self, request: OperationRequest, error: Exception) -> Exception | None:
        if isinstance(error, NoAnswer):
            return Translated(f"{request.operation}: {error}")
        return None


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/project.one"):
        return httpx.Response(200, json=PROJECT)
    if request.url.path.endswith("/application.deploy"):
        return httpx.Response(200)
    if request.url.path.endswith("/application.one"):
        return httpx.Response(404, json={"message": "Application not found", "code": "NOT_FOUND"})
    raise NoAnswer(request.url.path)


def run(
    kind: str,
    scenario: Callable[[Any], Any],
    handler: Callable[[httpx.Request], httpx.Response] = answer,
    **options: Any,
) -> Any:
    """``scenario(client)`` on either client over ``handler`` (``support.on_client``)."""
    return on_client(kind, scenario, handler, base_url=URL, **options)


@pytest.mark.parametrize("kind", KINDS)
def test_a_hook_added_after_a_router_was_touched_sees_its_calls(kind: str) -> None:
    """Routers cache their resource at first use; the hook still sees calls made through it."""
    hook = Recorder()

    def scenario(client: Any) -> Any:
        router = client.project  # resolved (and cached) before the hook exists
        client.hooks.append(hook)
        assert client.project is router
        return router.one(project_id="p1")

    assert run(kind, scenario).project_id == "p1"
    stages = [(stage, op) for stage, op, _ in hook.events]
    assert stages == [("before", "project.one"), ("after", "project.one")]
    request = hook.events[0][2]
    assert request == OperationRequest("project.one", "GET", f"{URL}/api/project.one", {"projectId": "p1"})
    assert hook.events[1][2] == PROJECT  # the decoded JSON, before the model parse


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("order", ["project first", "application first"])
def test_a_hook_given_at_construction_sees_every_router_in_any_order(kind: str, order: str) -> None:
    hook = Recorder()

    def scenario(client: Any) -> Any:
        if order == "project first":
            project, application = client.project, client.application
        else:
            application, project = client.application, client.project
        if kind == "sync":
            application.deploy(application_id="a1")
            return project.one(project_id="p1")

        async def both() -> Any:
            await application.deploy(application_id="a1")
            return await project.one(project_id="p1")

        return both()

    run(kind, scenario, hooks=[hook])
    assert [(stage, op) for stage, op, _ in hook.events] == [
        ("before", "application.deploy"),
        ("after", "application.deploy"),
        ("before", "project.one"),
        ("after", "project.one"),
    ]
    deploy = hook.events[0][2]
    assert (deploy.method, deploy.json, deploy.params) == ("POST", {"applicationId": "a1"}, None)
    assert hook.events[1][2] is None  # an empty body decodes to None


@pytest.mark.parametrize("kind", KINDS)
def test_a_hook_translates_what_the_transport_raised(kind: str) -> None:
    seen = Recorder()
    with pytest.raises(Translated, match=r"project\.all: /api/project\.all") as caught:
        run(kind, lambda client: client.project.all(), hooks=[Translator(), seen])
    assert isinstance(caught.value.__cause__, NoAnswer)  # chained: the original stays visible
    # Hooks run in order, each seeing the previous one's result.
    assert [(stage, type(detail)) for stage, _, detail in seen.events][1] == ("error", Translated)


@pytest.mark.parametrize("kind", KINDS)
def test_status_errors_reach_the_hook_and_stay_unless_translated(kind: str) -> None:
    hook = Recorder()
    with pytest.raises(NotFoundError, match="Application not found") as caught:
        run(
            kind,
            lambda client: client.call("application.one", applicationId="a1"),
            hooks=[hook, Translator(), CallHook()],  # the last keeps it (the default)
        )
    assert [(stage, op) for stage, op, _ in hook.events] == [
        ("before", "application.one"),
        ("error", "application.one"),
    ]
    assert hook.events[1][2] is caught.value


@pytest.mark.parametrize("kind", KINDS)
def test_a_hook_that_raises_before_sending_stops_the_call(kind: str) -> None:
    sent: list[str] = []

    class Refuse(CallHook):
        def before_send(self, request: OperationRequest) -> None:
            if request.method == "POST":
                raise PermissionError(f"{request.operation} refused")

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return answer(request)

    with pytest.raises(PermissionError, match=r"application\.deploy refused"):
        run(kind, lambda client: client.application.deploy(application_id="a1"), handler, hooks=[Refuse()])
    assert sent == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_after_decode_error_reaches_the_caller_not_on_error(kind: str) -> None:
    class Picky(Recorder):
        def after_decode(self, request: OperationRequest, data: Any) -> None:
            super().after_decode(request, data)
            raise ValueError(f"{request.operation}: unexpected answer")

    hook = Picky()
    with pytest.raises(ValueError, match="unexpected answer"):
        run(kind, lambda client: client.project.one(project_id="p1"), hooks=[hook, Translator()])
    assert [stage for stage, _, _ in hook.events] == ["before", "after"]


@pytest.mark.parametrize("kind", KINDS)
def test_hooks_run_once_per_call_however_many_attempts(kind: str) -> None:
    attempts: list[str] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts.append(request.url.path)
        if len(attempts) < 3:
            return httpx.Response(503, json={"message": "Service Unavailable"}, headers={"retry-after": "0"})
        return answer(request)

    hook = Recorder()
    assert run(kind, lambda client: client.project.one(project_id="p1"), flaky, hooks=[hook]).name == "web"
    assert len(attempts) == 3
    assert [stage for stage, _, _ in hook.events] == ["before", "after"]


@pytest.mark.parametrize("kind", KINDS)
def test_call_json_returns_the_answer_as_sent(kind: str) -> None:
    hook = Recorder()
    data = run(kind, lambda client: client.call_json("project.one", {"projectId": "p1"}), hooks=[hook])
    assert data == PROJECT and type(data) is dict
    assert hook.events[1] == ("after", "project.one", PROJECT)


def test_removing_a_hook_takes_effect_at_the_next_call() -> None:
    hook = Recorder()

    def scenario(client: Dokploy) -> None:
        client.project.one(project_id="p1")
        client.hooks.remove(hook)
        client.project.one(project_id="p1")

    run("sync", scenario, hooks=[hook])
    assert len(hook.events) == 2

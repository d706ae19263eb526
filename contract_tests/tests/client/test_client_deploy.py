"""``deploy(id, wait=True)``, over recorded deployment lists: the new deployment is found by id."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from fakes import FakeDokploy, deployment, recorded

from dokploy import DeploymentFailed, DeploymentTimeout, InternalServerError
from dokploy._deploy import TITLE_GRACE_POLLS

APP = "C1QrwVCa_o8JVyMXHKkd8"
FAST = {"timeout": 5.0, "poll_interval": 0.001}


@pytest.fixture
def base() -> dict[str, Any]:
    return recorded("deployment.all", file="03-application.jsonl")[0]


def _ours(fake: FakeDokploy, d: dict[str, Any], op: str = "application.deploy") -> dict[str, Any]:
    """``d`` with the title the client sent, as a server that honours titles lists it."""
    return {**d, "title": fake.sent(op)[-1]["title"]}


def test_old_deployment_already_done_is_not_the_new_one(base: dict[str, Any]) -> None:
    old = deployment(base, "old-1", "done", "2026-11-29T01:00:00.000Z")
    new_running = deployment(base, "new-1", "running", "2026-11-29T02:00:00.000Z")
    new_done = deployment(base, "new-1", "done", "2026-11-29T02:00:00.000Z")
    fake = FakeDokploy()
    fake.on(
        "deployment.all",
        [old],
        [old],
        lambda _: [_ours(fake, new_running), old],
        lambda _: [_ours(fake, new_done), old],
    )
    fake.on("application.deploy", recorded("application.deploy"))  # the real empty body
    result = fake.client().application.deploy(APP, wait=True, **FAST)
    assert result.deployment_id == "new-1"
    assert str(result.status) == "done"
    assert fake.ops() == ["deployment.all", "application.deploy"] + ["deployment.all"] * 3
    (sent,) = fake.sent("application.deploy")
    assert sent == {"applicationId": APP, "title": sent["title"]}
    assert sent["title"].startswith("dokploy-python ")


def test_webhook_deployment_landing_meanwhile_is_not_ours(base: dict[str, Any]) -> None:
    """Without ``title=``, a unique default title tells ours from an auto-deploy's."""
    webhook = deployment(base, "hook", "done", "2026-11-29T01:59:59.000Z")
    webhook["title"] = "Push to main"
    ours = deployment(base, "ours", "done", "2026-11-29T02:00:00.000Z")
    fake = FakeDokploy()
    fake.on("deployment.all", [], [webhook], lambda _: [_ours(fake, ours), webhook])
    fake.on("application.deploy", None)
    result = fake.client().application.deploy(APP, wait=True, **FAST)
    assert result.deployment_id == "ours"
    titles = {d["title"] for d in fake.sent("application.deploy")}
    fake2 = (
        FakeDokploy().on("deployment.all", [], lambda _: [_ours(fake2, ours)]).on("application.deploy", None)
    )
    fake2.client().application.deploy(APP, wait=True, **FAST)
    assert titles.isdisjoint(d["title"] for d in fake2.sent("application.deploy"))  # unique per call


def test_server_ignoring_titles_falls_back_to_the_oldest_new(base: dict[str, Any]) -> None:
    untitled = deployment(base, "new-1", "done", "2026-11-29T02:00:00.000Z")
    untitled["title"] = "Manual deployment"
    fake = FakeDokploy().on("deployment.all", [], [untitled]).on("application.deploy", None)
    result = fake.client().application.deploy(APP, wait=True, **FAST)
    assert result.deployment_id == "new-1"
    assert fake.ops().count("deployment.all") == 1 + TITLE_GRACE_POLLS


def test_deployment_ending_in_error_raises_with_id_status_and_log(base: dict[str, Any]) -> None:
    old = deployment(base, "old-1", "done", "2026-11-29T01:00:00.000Z")
    failed = deployment(base, "new-1", "error", "2026-11-29T02:00:00.000Z")
    fake = FakeDokploy().on("deployment.all", [old], [failed, old]).on("application.deploy", None)
    with pytest.raises(DeploymentFailed) as info:
        fake.client().application.deploy(APP, wait=True, **FAST)
    assert info.value.deployment_id == "new-1"
    assert info.value.status == "error"
    assert info.value.log_path == base["logPath"]
    assert base["logPath"] in str(info.value)


def test_wait_times_out_and_says_the_deployment_goes_on(base: dict[str, Any]) -> None:
    running = deployment(base, "new-1", "running", "2026-11-29T02:00:00.000Z")
    fake = FakeDokploy().on("deployment.all", [], lambda _: [_ours(fake, running)])
    fake.on("application.deploy", None)
    with pytest.raises(DeploymentTimeout) as info:
        fake.client().application.deploy(APP, wait=True, timeout=0.05, poll_interval=0.01)
    assert info.value.deployment_id == "new-1"
    assert "goes on on the server" in str(info.value)
    assert fake.ops().count("application.deploy") == 1  # never re-triggered


def test_timeout_while_still_queued_has_no_deployment_id(base: dict[str, Any]) -> None:
    old = deployment(base, "old-1", "done", "2026-11-29T01:00:00.000Z")
    fake = FakeDokploy().on("deployment.all", [old]).on("application.deploy", None)
    with pytest.raises(DeploymentTimeout) as info:
        fake.client().application.deploy(APP, wait=True, timeout=0.03, poll_interval=0.01)
    assert info.value.deployment_id is None
    assert "queued" in str(info.value)


@pytest.mark.parametrize(
    "deploy",
    [
        lambda r: r.deploy(APP, title="t", description="d"),
        lambda r: r.deploy(APP, wait=False, title="t", description="d"),
        lambda r: r.deploy(application_id=APP, title="t", description="d"),  # as generated
    ],
    ids=["positional", "wait=False", "keyword"],
)
def test_deploy_without_wait_is_one_request_and_no_polling(deploy: Any) -> None:
    """``deploy(id)`` is Dokploy's operation itself (it only queues); ``wait=True`` waits."""
    fake = FakeDokploy().on("application.deploy", recorded("application.deploy"))
    assert deploy(fake.client().application) is None  # the generated deploy's answer
    assert fake.ops() == ["application.deploy"]
    assert fake.sent("application.deploy") == [{"applicationId": APP, "title": "t", "description": "d"}]


@pytest.mark.parametrize("flag", [False, True])
def test_wait_given_as_a_variable_decides_at_run_time(flag: bool, base: dict[str, Any]) -> None:
    new = deployment(base, "new-1", "done", "2026-11-29T02:00:00.000Z")
    fake = FakeDokploy().on("deployment.all", [], lambda _: [_ours(fake, new)]).on("application.deploy", None)
    result = fake.client().application.deploy(APP, wait=flag, **FAST)
    if flag:
        assert not isinstance(result, bool) and result is not None and result.deployment_id == "new-1"
        assert fake.ops() == ["deployment.all", "application.deploy", "deployment.all"]
    else:
        assert result is None and fake.ops() == ["application.deploy"]


def test_async_deploy_without_wait_is_the_generated_deploy_awaited() -> None:
    listed = recorded("deployment.allByCompose", file="12-compose.jsonl")
    fake = FakeDokploy().on("compose.deploy", recorded("compose.deploy"))

    async def main() -> object:
        async with fake.async_client() as client:
            return await client.compose.deploy(listed[0]["composeId"])

    queued = asyncio.run(main())
    assert not isinstance(queued, bool) and queued.success is True
    assert fake.ops() == ["compose.deploy"]


def test_deploy_takes_the_id_once() -> None:
    from dokploy import ConfigurationError

    client = FakeDokploy().client()
    with pytest.raises(ConfigurationError, match="application_id"):
        client.application.deploy()
    with pytest.raises(ConfigurationError, match="application_id"):
        client.application.deploy(APP, compose_id="c")


def test_title_picks_ours_when_two_new_deployments_appear(base: dict[str, Any]) -> None:
    other = deployment(base, "other", "running", "2026-11-29T02:00:00.000Z")
    ours = deployment(base, "ours", "done", "2026-11-29T02:00:01.000Z")
    ours["title"] = "release 7"
    fake = FakeDokploy().on("deployment.all", [], [ours, other]).on("application.deploy", None)
    result = fake.client().application.deploy(APP, wait=True, title="release 7", **FAST)
    assert result.deployment_id == "ours"


def test_compose_deploy_waits_on_all_by_compose() -> None:
    listed = recorded("deployment.allByCompose", file="12-compose.jsonl")
    compose_id = listed[0]["composeId"]
    new = deployment(listed[0], "new-c", "done", "2026-11-29T03:00:00.000Z")
    fake = FakeDokploy()
    fake.on("deployment.allByCompose", listed, [new, *listed])
    fake.on("compose.deploy", recorded("compose.deploy"))  # {"success": true, "message": "Deployment queued"}
    result = fake.client().compose.deploy(compose_id, wait=True, **FAST)
    assert result.deployment_id == "new-c"
    assert fake.sent("deployment.allByCompose")[0] == {"composeId": compose_id}


def test_async_deploy_follows_the_same_algorithm(base: dict[str, Any]) -> None:
    old = deployment(base, "old-1", "done", "2026-11-29T01:00:00.000Z")
    new = deployment(base, "new-1", "done", "2026-11-29T02:00:00.000Z")
    fake = FakeDokploy().on("deployment.all", [old], [new, old]).on("application.deploy", None)

    async def main() -> str:
        async with fake.async_client() as client:
            result = await client.application.deploy(APP, wait=True, **FAST)
            return result.deployment_id

    assert asyncio.run(main()) == "new-1"


# Databases: deployed inside the request, no deployment record.


def test_database_deploy_error_from_server_is_deployment_failed() -> None:
    error = recorded("postgres.deploy", status=500)
    fake = FakeDokploy().on("postgres.deploy", error, status=500)
    with pytest.raises(DeploymentFailed) as info:
        fake.client().postgres.deploy("pg-1", wait=True, **FAST)
    assert info.value.status == "error" and info.value.deployment_id is None
    assert "Docker daemon" in str(info.value)
    assert isinstance(info.value.__cause__, InternalServerError)
    with pytest.raises(InternalServerError):  # without wait: the generated deploy's error
        fake.client().postgres.deploy(postgres_id="pg-1")


@pytest.mark.parametrize("wait", [False, True])
def test_database_deploy_without_wait_answers_the_deploy_alone(wait: bool) -> None:
    answered = recorded("postgres.one")
    answered["applicationStatus"] = "running"
    done = {**answered, "applicationStatus": "done"}
    fake = FakeDokploy().on("postgres.deploy", answered).on("postgres.one", done)
    result = fake.client().postgres.deploy(answered["postgresId"], wait=wait, **FAST)
    assert str(result.application_status) == ("done" if wait else "running")
    assert fake.ops() == ["postgres.deploy"] + ["postgres.one"] * wait


def test_database_deploy_returns_record_once_done() -> None:
    record = recorded("postgres.one")
    record["applicationStatus"] = "done"
    # v0.30.2 answers the record as it was before the deploy (typed Postgres by corrections).
    fake = FakeDokploy().on("postgres.deploy", recorded("postgres.one")).on("postgres.one", record)
    result = fake.client().postgres.deploy(record["postgresId"], wait=True, **FAST)
    assert result is not None and result.postgres_id == record["postgresId"]
    assert fake.sent("postgres.deploy") == [{"postgresId": record["postgresId"]}]


def test_database_deploy_request_timeout_then_polls_status() -> None:
    running = recorded("mysql.one")
    running["applicationStatus"] = "running"
    done = {**running, "applicationStatus": "done"}
    fake = FakeDokploy().on("mysql.one", running, done)
    inner = fake.handle

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("mysql.deploy"):
            fake.seen.append(("mysql.deploy", "POST", {}))
            raise httpx.ReadTimeout("slow image pull", request=request)
        return inner(request)

    fake.handle = handle  # type: ignore[method-assign]
    result = fake.client().mysql.deploy(running["mysqlId"], wait=True, **FAST)
    assert result is not None and str(result.application_status) == "done"
    assert fake.ops() == ["mysql.deploy", "mysql.one", "mysql.one"]  # deploy sent once

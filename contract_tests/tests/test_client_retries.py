"""GET retried, POST never, on 503: counted at a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from loopback import Handler, Reply, Seen, serve
from test_client_support import recorded

from dokploy import Dokploy, InternalServerError

UNAVAILABLE = Reply(503, b'{"message":"Service Unavailable"}', headers={"retry-after": "0"})


def _flaky(bodies: dict[str, object], failures: int) -> tuple[Counter[str], Handler]:
    """Each operation answers 503 ``failures`` times, then its body."""
    counts: Counter[str] = Counter()

    def handle(request: Seen) -> Reply:
        operation = request.path.split("?")[0].rsplit("/", 1)[-1]
        counts[operation] += 1
        if counts[operation] <= failures:
            return UNAVAILABLE
        body = bodies[operation]
        return Reply(200, b"" if body is None else json.dumps(body).encode())

    return counts, handle


def test_get_is_retried_and_post_is_not() -> None:
    project = recorded("project.one", file="02-projects.jsonl")
    counts, handle = _flaky({"project.one": project, "application.deploy": None}, failures=2)
    with serve(handle) as (url, _), Dokploy(base_url=url, api_key="k", max_retries=2) as client:
        assert client.project.one(project_id=project["projectId"]).project_id == project["projectId"]
        with pytest.raises(InternalServerError) as info:
            client.application.deploy(application_id="app")
    assert counts["project.one"] == 3  # two 503s, then the answer
    assert counts["application.deploy"] == 1  # a retried deploy would deploy twice
    assert info.value.status_code == 503


def test_deploy_helper_retries_its_reads_but_not_the_trigger() -> None:
    listed = recorded("deployment.all", file="03-application.jsonl")
    counts, handle = _flaky({"deployment.all": listed, "application.deploy": None}, failures=1)
    with serve(handle) as (url, _), Dokploy(base_url=url, api_key="k") as client:
        with pytest.raises(InternalServerError):
            client.application.deploy_and_wait("app", timeout=1, poll_interval=0.01)
    assert counts["deployment.all"] == 2  # the listing before the trigger, retried once
    assert counts["application.deploy"] == 1


def test_retries_share_the_call_deadline_and_still_recover() -> None:
    """Two 503s (Retry-After 0) and the answer: all within timeout=5, one call's budget."""
    import time

    project = recorded("project.one", file="02-projects.jsonl")
    counts, handle = _flaky({"project.one": project}, failures=2)
    with serve(handle) as (url, _), Dokploy(base_url=url, api_key="k", timeout=5, max_retries=2) as client:
        started = time.monotonic()
        assert client.project.one(project_id=project["projectId"]).project_id == project["projectId"]
        assert time.monotonic() - started < 5
    assert counts["project.one"] == 3

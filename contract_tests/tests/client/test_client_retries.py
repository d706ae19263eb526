"""GET retried, POST never, on 503: counted at a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from typing import Any

import pytest
from fakes import recorded
from loopback import Handler, Reply, Seen, serve

from dokploy import AsyncDokploy, Dokploy, InternalServerError

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


def _project_then_deploy(kind: str, url: str, project_id: str, **options: Any) -> tuple[str, Exception]:
    """``project.one`` then ``application.deploy`` on the sync or the async client (the same
    two calls, so both engines' retry loops are held to one expectation)."""
    if kind == "sync":
        with Dokploy(base_url=url, api_key="k", **options) as client:
            found = client.project.one(project_id=project_id).project_id
            with pytest.raises(InternalServerError) as info:
                client.application.deploy(application_id="app")
        return found, info.value

    async def main() -> tuple[str, Exception]:
        async with AsyncDokploy(base_url=url, api_key="k", **options) as client:
            found = (await client.project.one(project_id=project_id)).project_id
            with pytest.raises(InternalServerError) as info:
                await client.application.deploy(application_id="app")
        return found, info.value

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_get_is_retried_and_post_is_not(kind: str, project: dict[str, Any]) -> None:
    counts, handle = _flaky({"project.one": project, "application.deploy": None}, failures=2)
    with serve(handle) as (url, _):
        found, error = _project_then_deploy(kind, url, project["projectId"], max_retries=2)
    assert found == project["projectId"]
    assert counts["project.one"] == 3  # two 503s, then the answer
    assert counts["application.deploy"] == 1  # a retried deploy would deploy twice
    assert isinstance(error, InternalServerError) and error.status_code == 503


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_retries_stop_at_max_retries(kind: str, project: dict[str, Any]) -> None:
    counts, handle = _flaky({"project.one": project}, failures=5)
    with serve(handle) as (url, _), pytest.raises(InternalServerError):
        _project_then_deploy(kind, url, project["projectId"], max_retries=1)
    assert counts["project.one"] == 2  # the first attempt and one retry


def test_deploy_helper_retries_its_reads_but_not_the_trigger() -> None:
    listed = recorded("deployment.all", file="03-application.jsonl")
    counts, handle = _flaky({"deployment.all": listed, "application.deploy": None}, failures=1)
    with serve(handle) as (url, _), Dokploy(base_url=url, api_key="k") as client:
        with pytest.raises(InternalServerError):
            client.application.deploy("app", wait=True, timeout=1, poll_interval=0.01)
    assert counts["deployment.all"] == 2  # the listing before the trigger, retried once
    assert counts["application.deploy"] == 1


def test_retries_share_the_call_deadline_and_still_recover(project: dict[str, Any]) -> None:
    """Two 503s (Retry-After 0) and the answer: all within timeout=5, one call's budget."""
    import time

    counts, handle = _flaky({"project.one": project}, failures=2)
    with serve(handle) as (url, _), Dokploy(base_url=url, api_key="k", timeout=5, max_retries=2) as client:
        started = time.monotonic()
        assert client.project.one(project_id=project["projectId"]).project_id == project["projectId"]
        assert time.monotonic() - started < 5
    assert counts["project.one"] == 3

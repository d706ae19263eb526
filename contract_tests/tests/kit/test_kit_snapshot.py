"""The end-of-run check: every listable kind left exactly as it was, the run's own records aside."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from dokploy import Dokploy
from dokploy_contract.guard import Guard, Ledger
from dokploy_contract.recording import cassette_path
from dokploy_contract.resources import remove_leftovers
from dokploy_contract.settings import KitSettings, safe_segment
from dokploy_contract.snapshot import compare, take

PREFIX = "ct-abc123-"


def test_any_change_to_a_preexisting_project_is_reported() -> None:
    p1 = {"projectId": "p1", "name": "prod", "env": "A=1"}
    p2 = {"projectId": "p2", "name": "b"}
    before = {"project.all": [p1, p2], "destination.all": [{"destinationId": "d", "name": "s3"}]}
    assert compare(before, dict(before)) == []
    changed = {**before, "project.all": [{**p1, "env": "A=2"}, p2]}
    assert compare(before, changed) == ["project 'prod' (p1) changed"]
    assert compare(before, {**before, "project.all": [p1]}) == ["project 'b' (p2) disappeared"]
    extra = {**before, "project.all": [p1, p2, {"projectId": "p3", "name": "unprefixed"}]}
    assert compare(before, extra) == ["project 'unprefixed' (p3) appeared without the run prefix"]
    gone = {**before, "destination.all": []}
    assert compare(before, gone) == ["destination.all changed (1 records before, 0 after)"]


def _client(bodies: dict[str, Any], seen: list[str]) -> Dokploy:
    def answer(request: httpx.Request) -> httpx.Response:
        procedure = request.url.path.rsplit("/", 1)[-1]
        seen.append(procedure)
        return httpx.Response(200, json=bodies.get(procedure, []))

    return Dokploy(
        base_url="https://dokploy.test",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def test_every_listable_kind_is_read_and_the_runs_records_are_left_out() -> None:
    seen: list[str] = []
    bodies = {
        "project.all": [{"projectId": "p1", "name": "prod"}, {"projectId": "p9", "name": f"{PREFIX}mine"}],
        "user.all": [{"id": "m", "accessedProjects": ["p1", "p9"], "lastActive": "now"}],
    }
    snap = take(_client(bodies, seen), PREFIX, own=frozenset({"p9"}))
    assert len(seen) >= 30 and {"server.all", "destination.all", "sshKey.all", "notification.all"} <= set(
        seen
    )
    assert snap["project.all"] == [{"projectId": "p1", "name": "prod"}]
    assert snap["user.all"] == [{"id": "m", "accessedProjects": ["p1"]}]  # volatile field and own id out


def test_leftover_records_of_every_kind_are_removed_at_the_end() -> None:
    ledger = Ledger()
    guard = Guard(prefix=PREFIX, ledger=ledger)
    guard.learn("destination.create", {"destinationId": "D1"}, {"name": f"{PREFIX}d"})
    guard.learn("sshKey.create", True, {"name": f"{PREFIX}k"})
    guard.learn("project.create", {"project": {"projectId": "P"}, "environment": {"environmentId": "E"}})
    guard.learn("project.remove", True, {"projectId": "P"})  # the test removed its project
    seen: list[str] = []
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        procedure = request.url.path.rsplit("/", 1)[-1]
        seen.append(procedure)
        sent.append(request.content)
        if procedure == "sshKey.all":
            return httpx.Response(
                200, json=[{"sshKeyId": "K1", "name": f"{PREFIX}k"}, {"sshKeyId": "X", "name": "x"}]
            )
        return httpx.Response(200, json=True)

    client = Dokploy(
        base_url="https://dokploy.test",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    assert remove_leftovers(client, ledger, PREFIX) == []
    assert seen == ["sshKey.all", "sshKey.remove", "destination.remove"]
    assert b'"K1"' in sent[1] and b'"D1"' in sent[2]
    assert ledger.pending(guard.facts) == []


def test_a_record_its_create_answered_true_for_is_found_where_its_finder_row_says() -> None:
    """gitlab.create answers true; FINDERS lists it in gitProvider.getAll (the entries with a
    gitlab part, matched on name and URL), not in the kind's own listing."""
    from dokploy_api.facts import FINDERS, RECORD_KINDS

    assert FINDERS["gitlab.create"].listings[0].operation == "gitProvider.getAll"
    assert RECORD_KINDS["gitlab"].listing != "gitProvider.getAll"
    ledger = Ledger()
    guard = Guard(prefix=PREFIX, ledger=ledger)
    name, url = f"{PREFIX}lab", "https://gitlab.example"
    guard.learn("gitlab.create", True, {"name": name, "gitlabUrl": url, "applicationId": "a"})
    providers = [
        {"gitProviderId": "G1", "name": name, "gitlab": {"gitlabId": "l1", "gitlabUrl": url}},
        {"gitProviderId": "G2", "name": name, "gitlab": {"gitlabId": "l2", "gitlabUrl": "https://other"}},
        {"gitProviderId": "G3", "name": name, "gitlab": None, "github": {"githubId": "h"}},
        {"gitProviderId": "G4", "name": "someone else's", "gitlab": {"gitlabId": "l4", "gitlabUrl": url}},
    ]
    seen: list[str] = []
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path.rsplit("/", 1)[-1])
        sent.append(request.content)
        return httpx.Response(200, json=providers if seen[-1] == "gitProvider.getAll" else True)

    client = Dokploy(
        base_url="https://dokploy.test",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    assert remove_leftovers(client, ledger, PREFIX) == []
    assert seen == ["gitProvider.getAll", "gitProvider.remove"]
    assert b'"G1"' in sent[1]
    assert ledger.pending(guard.facts) == []


@pytest.mark.parametrize(
    "version", ["../../x", "/etc/passwd", "..", ".", "v1/../../..", "C:\\win", "", "a\x00b"]
)
def test_the_server_version_never_names_a_folder_outside_the_root(version: str, tmp_path: Path) -> None:
    root = tmp_path / "cassettes"
    path = cassette_path(root, version, "mod", "test")
    assert path.resolve().is_relative_to(root.resolve()) and path.parent.parent.parent == root
    settings = KitSettings(mode="record", cassette_root=root, version=version)
    assert settings.version_dir.parent == root and settings.version_dir.name not in ("", ".", "..")
    assert "/" not in safe_segment(version) and ".." not in safe_segment(version)

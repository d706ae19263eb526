"""Every real exchange of Dokploy v0.30.2 goes through ``client.call`` and comes back typed.

The recordings in ``../shared/dokploy/recordings`` are replayed through
``httpx.MockTransport``: the client must send what was recorded, parse every
2xx into a typed result whose ``to_dict()`` is the JSON received, and raise the
right exception for every error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from support import SHARED, mock_client, shared_path

import dokploy
from dokploy import Dokploy
from dokploy_api.api import OPERATIONS

RECORDINGS = SHARED / "recordings"

EXPECTED_ERROR = {
    400: dokploy.BadRequestError,
    401: dokploy.AuthenticationError,
    403: dokploy.PermissionDeniedError,
    404: dokploy.NotFoundError,
    412: dokploy.PreconditionFailedError,
    415: dokploy.UnsupportedMediaTypeError,
    500: dokploy.InternalServerError,
}


def _exchanges() -> Iterator[Any]:
    for path in sorted(RECORDINGS.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            record = json.loads(line)
            yield pytest.param(record, id=f"{path.stem}:{record['seq']}:{record['operation']}")


def _inexpressible(record: dict[str, Any]) -> str | None:
    """The few exchanges a typed client cannot send, by construction."""
    info = OPERATIONS.get(record["operation"])
    if info is None:
        return "unknown procedure"
    if info.method != record["method"]:
        return "wrong HTTP method"
    if isinstance(record["request_body"], str):
        return "raw non-JSON request body"
    if info.body == "multipart" and record["request_body"] is not None:
        return "JSON body sent to a multipart procedure"
    return None


EXCHANGES = list(_exchanges()) if RECORDINGS.is_dir() else []


def _replaying(record: dict[str, Any], seen: list[httpx.Request]) -> Dokploy:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"content-type": record["content_type"]} if record["content_type"] else {}
        return httpx.Response(record["status"], content=record["body_text"].encode(), headers=headers)

    return mock_client(answer, max_retries=0)


def _as_json(result: Any) -> Any:
    if isinstance(result, list):
        return [_as_json(item) for item in result]
    if hasattr(result, "to_dict"):
        return result.to_dict()
    return result


def _assert_typed(result: Any, expected: Any) -> None:
    """Objects are models whose recorded top-level keys are real attributes."""
    if isinstance(expected, dict) and hasattr(result, "to_dict"):
        extras = set(getattr(result, "additional_properties", {}))
        untyped = sorted(extras & set(expected))
        assert not untyped, f"fields parsed only as additional properties: {untyped}"
    elif isinstance(expected, list) and isinstance(result, list):
        for item, raw in zip(result, expected, strict=True):
            _assert_typed(item, raw)
    elif isinstance(expected, bool):
        assert isinstance(result, bool)
    elif expected is None:
        assert result is None


@pytest.mark.parametrize("record", EXCHANGES)
@pytest.mark.filterwarnings("error::dokploy_api.types.ResponseShapeWarning")
def test_recorded_exchange_replays(record: dict[str, Any]) -> None:
    """A value kept as received (ResponseShapeWarning) would be untyped: here it fails."""
    reason = _inexpressible(record)
    if reason:
        pytest.skip(reason)
    seen: list[httpx.Request] = []
    client = _replaying(record, seen)
    arguments = record["query"] if record["method"] == "GET" else record["request_body"]
    status = record["status"]

    if 200 <= status < 300:
        result = client.call(record["operation"], arguments)
        expected = json.loads(record["body_text"]) if record["body_text"].strip() else None
        assert _as_json(result) == expected
        _assert_typed(result, expected)
    else:
        with pytest.raises(EXPECTED_ERROR[status]) as caught:
            client.call(record["operation"], arguments)
        assert caught.value.status_code == status
        assert caught.value.operation == record["operation"]

    (request,) = seen
    assert request.method == record["method"]
    assert request.url.path == record["path"]
    assert "input" not in dict(parse_qsl(request.url.query.decode())), "never tRPC's ?input="
    assert dict(parse_qsl(request.url.query.decode(), keep_blank_values=True)) == record["query"]
    sent = json.loads(request.content) if request.content else None
    assert sent == record["request_body"]


def test_recordings_present_or_skipped() -> None:
    if not EXCHANGES:
        pytest.skip(f"{RECORDINGS} is absent: reference data lives in ../shared/dokploy")
    assert len(EXCHANGES) > 1000


def test_typed_results_are_models_not_dicts() -> None:
    """The headline types: project.one is a Project whose environments are project.one's own
    environment rows (``ProjectOneEnvironment``), not environment.one's ``Environment``."""
    path = shared_path("recordings", "02-projects.jsonl")
    record = next(
        r
        for r in map(json.loads, path.read_text().splitlines())
        if r["operation"] == "project.one" and r["status"] == 200
    )
    seen: list[httpx.Request] = []
    project = _replaying(record, seen).project.one(project_id=record["query"]["projectId"])
    from dokploy_api.models import Project, ProjectOneEnvironment

    assert isinstance(project, Project)
    assert isinstance(project.environments[0], ProjectOneEnvironment)
    assert (
        project.environments[0].environment_id
        == json.loads(record["body_text"])["environments"][0]["environmentId"]
    )


def test_unknown_keys_survive_round_trip() -> None:
    """A newer Dokploy adding a field must not break parsing or lose the field."""
    from dokploy_api.models import Project

    data = {
        "projectId": "p1",
        "name": "n",
        "description": None,
        "createdAt": "2026-11-29T01:13:45.187Z",
        "organizationId": "o",
        "env": "",
        "brandNewField": {"nested": [1, 2]},
    }
    project = Project.from_dict(data)
    assert project.additional_properties["brandNewField"] == {"nested": [1, 2]}
    assert project.to_dict() == data


def test_missing_fields_parse_as_unset_and_stay_missing() -> None:
    """An older Dokploy leaving a field out: no KeyError, exact round trip, clear error on use."""
    from dokploy_api.models import Project
    from dokploy_api.types import Unset

    data = {"projectId": "p1", "name": "old"}
    project = Project.from_dict(data)
    assert isinstance(project.environments, Unset)
    assert project.to_dict() == data
    with pytest.raises(TypeError, match="not in Dokploy's response"):
        project.environments[0]


def test_a_value_of_unexpected_shape_is_kept_with_a_warning() -> None:
    """Another recording (or another Dokploy) may send null where a list was always seen."""
    from dokploy_api.models import Project
    from dokploy_api.types import ResponseShapeWarning

    data = {"projectId": "p1", "environments": None, "projectTags": [{"id": "t", "tag": "not-an-object"}]}
    with pytest.warns(ResponseShapeWarning) as warned:
        project = Project.from_dict(data)
    assert sorted(str(w.message).split(":")[0] for w in warned) == [
        "Project.environments",
        "ProjectOneProjectTag.tag",
    ]
    assert project.environments is None
    assert project.to_dict() == data


def test_an_operation_answering_another_shape_returns_the_json_with_a_warning() -> None:
    from dokploy_api.types import ResponseShapeWarning

    client = _replaying({"status": 200, "content_type": "application/json", "body_text": "[1, 2]"}, [])
    with pytest.warns(ResponseShapeWarning, match=r"project\.one"):
        assert client.project.one(project_id="p1") == [1, 2]

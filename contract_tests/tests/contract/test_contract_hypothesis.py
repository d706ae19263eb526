"""Contract check 3, property-based: request bodies generated from each operation's spec
schema go through ``client.call`` as spec-valid JSON; response data generated from each
corrected schema round-trips through the typed models; recorded bodies round-trip too.

Example counts are tiny (the suite must replay in well under a minute); derandomized so CI
sees the same examples every run.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NonInteractiveExampleWarning
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from support import REPO_ROOT, mock_client

from dokploy import BadRequestError, Dokploy
from dokploy_api.api import OPERATIONS, operation_module
from dokploy_contract.hypothesis_compat import install
from dokploy_contract.schemas import RequestSchemas, ResponseSchemas, interactions
from dokploy_contract.settings import newest_recorded_version

install()
warnings.filterwarnings("ignore", category=NonInteractiveExampleWarning)

ROOT = REPO_ROOT
REQUESTS = RequestSchemas(ROOT / "generated" / "spec.json")
RESPONSES = ResponseSchemas(
    ROOT / "overrides" / "corrections" / "operations.json",
    ROOT / "overrides" / "corrections" / "schemas.json",
)
FAST = settings(
    max_examples=2,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
JSON_POSTS = sorted(
    op for op, info in OPERATIONS.items() if info.method == "POST" and REQUESTS.body_schema(op)
)
TYPED_200S = sorted(op for op in OPERATIONS if RESPONSES.has(op) and not RESPONSES.expects_empty(op))


def _capturing_client(sent: list[httpx.Request]) -> Dokploy:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(400, json={"message": "captured", "code": "BAD_REQUEST"})

    return mock_client(answer, max_retries=0)


@pytest.mark.parametrize("operation", JSON_POSTS)
def test_generated_request_bodies_go_out_as_spec_valid_json(operation: str) -> None:
    schema = REQUESTS.body_schema(operation)
    assert schema is not None
    validator = Draft202012Validator(schema)

    @FAST
    @given(body=from_schema(schema))
    def check(body: dict[str, Any]) -> None:
        sent: list[httpx.Request] = []
        with _capturing_client(sent) as client, pytest.raises(BadRequestError):
            client.call(operation, body)  # the dict form: {} is sent as {}
        assert len(sent) == 1
        request = sent[0]
        assert request.method == "POST" and request.url.path == "/api" + OPERATIONS[operation].path
        assert request.headers["content-type"] == "application/json"
        wire = json.loads(request.content)
        assert wire == body
        assert not list(validator.iter_errors(wire))

    check()


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def _recursive(root: Any, schemas: dict[str, Any]) -> bool:
    """Whether the refs reachable from ``root`` form a cycle (DFS, cheap)."""
    state: dict[str, int] = {}

    def visit(name: str) -> bool:
        if state.get(name) == 1:
            return True
        if state.get(name) == 2:
            return False
        state[name] = 1
        if any(visit(n) for n in _refs(schemas.get(name, {}))):
            return True
        state[name] = 2
        return False

    return any(visit(n) for n in _refs(root))


def _self_referencing(node: Any) -> bool:
    """A tree (``children: [<the item itself>]``) refers back within its operation: ``#/items``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and not ref.startswith("#/components/"):
            return True
        return any(_self_referencing(v) for v in node.values())
    return isinstance(node, list) and any(_self_referencing(v) for v in node)


def _response_strategy(operation: str) -> st.SearchStrategy[Any] | None:
    schema = RESPONSES.schema(operation)
    root = RESPONSES.operations[operation]["schema"]
    if _self_referencing(root) or _recursive(root, RESPONSES.components["schemas"]):
        return None  # Project -> environments -> project ...: hypothesis-jsonschema cannot expand
    return from_schema(schema)


@pytest.mark.parametrize("operation", TYPED_200S)
def test_generated_responses_round_trip_through_models(operation: str) -> None:
    strategy = _response_strategy(operation)
    if strategy is None:
        pytest.skip(
            "recursive schema: hypothesis-jsonschema cannot expand it; "
            "its recorded bodies round-trip in test_recorded_bodies_round_trip"
        )
    parse = operation_module(operation).parse

    @settings(FAST, max_examples=1)
    @given(data=strategy)
    def check(data: Any) -> None:
        result = parse(data)
        assert _plain(result) == data

    check()


def _plain(result: Any) -> Any:
    if hasattr(result, "to_dict"):
        return result.to_dict()
    if isinstance(result, list):
        return [_plain(r) for r in result]
    return result


RECORDED = [
    (item.operation, item.response_json)
    for item in interactions(ROOT / "cassettes" / (newest_recorded_version(ROOT / "cassettes") or "-"))
    if item.status == 200 and item.operation and item.response_has_json
]


@pytest.mark.parametrize("operation", sorted({op for op, _ in RECORDED if op}))
def test_recorded_bodies_round_trip(operation: str) -> None:
    parse = operation_module(operation).parse
    for op, body in RECORDED:
        if op == operation:
            assert _plain(parse(body)) == body

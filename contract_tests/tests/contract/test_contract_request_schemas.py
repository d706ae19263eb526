"""Contract check 2: every request the client sent (as the cassettes hold it) validates
against the spec's request schema: query parameters for GETs, the JSON body for POSTs.

test_contract_errors sends wrong requests on purpose and is left out; scrubbed
secrets are placeholders of the same type, so they validate like the originals.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from jsonschema import Draft202012Validator
from support import REPO_ROOT

from dokploy_contract.schemas import (
    Interaction,
    RequestSchemas,
    coerce_query,
    error_path,
    interactions,
)
from dokploy_contract.settings import newest_recorded_version

ROOT = REPO_ROOT
CASSETTES = ROOT / "cassettes"
VERSION = newest_recorded_version(CASSETTES) or "unrecorded"
SPEC = RequestSchemas(ROOT / "generated" / "spec.json")
DELIBERATELY_WRONG = {"test_contract_errors"}


def _sent() -> dict[str, list[Interaction]]:
    by_op: dict[str, list[Interaction]] = defaultdict(list)
    for item in interactions(CASSETTES / VERSION):
        if item.operation is not None and item.cassette.parent.name not in DELIBERATELY_WRONG:
            by_op[item.operation].append(item)
    return dict(sorted(by_op.items()))


SENT = _sent()


def test_cassettes_hold_requests() -> None:
    assert len(SENT) > 100


@pytest.mark.parametrize("operation", list(SENT))
def test_sent_request_matches_spec(operation: str) -> None:
    problems = []
    for item in SENT[operation]:
        if item.method == "GET":
            schema = SPEC.query_schema(operation)
            instance = coerce_query(item.query, schema)
        else:
            body_schema = SPEC.body_schema(operation)
            if body_schema is None:
                assert not item.request_has_json, f"{item.where}: a body the spec does not declare"
                continue
            schema, instance = body_schema, item.request_json
        for error in Draft202012Validator(schema).iter_errors(instance):
            problems.append(f"{item.where}: {error_path(error)}: {error.message[:200]}")
    report = f"{operation}: requests the spec rejects:\n" + "\n".join(problems[:20])
    locked = json.loads((ROOT / "generated" / "spec.lock.json").read_text())["dokploy_version"]
    if problems and VERSION != locked:  # what a regeneration for another version is to show
        pytest.skip(f"cassettes of Dokploy {VERSION}, client generated for {locked}: {report}")
    assert not problems, report

"""Contract check 1: every recorded 200 body validates against its operation's corrected
response schema (overrides/corrections), so drift after a Dokploy upgrade fails a
test that names the operation and the field."""

from __future__ import annotations

from collections import defaultdict

import pytest
from support import REPO_ROOT

from dokploy_contract.schemas import Interaction, ResponseSchemas, error_path, interactions
from dokploy_contract.settings import newest_recorded_version

ROOT = REPO_ROOT
CASSETTES = ROOT / "cassettes"
VERSION = newest_recorded_version(CASSETTES) or "unrecorded"
SCHEMAS = ResponseSchemas(
    ROOT / "overrides" / "corrections" / "operations.json",
    ROOT / "overrides" / "corrections" / "schemas.json",
)


def _recorded_200s() -> dict[str, list[Interaction]]:
    by_op: dict[str, list[Interaction]] = defaultdict(list)
    for item in interactions(CASSETTES / VERSION):
        if item.status == 200 and item.operation is not None:
            by_op[item.operation].append(item)
    return dict(sorted(by_op.items()))


RECORDED = _recorded_200s()

# Found by this check on the first recording (v0.30.2) and not yet corrected.
# Strict xfail: when the corrections are fixed these XPASS and fail, so the list
# has to shrink with them.
KNOWN_GAPS: dict[str, str] = {}


def test_cassettes_hold_200s() -> None:
    assert len(RECORDED) > 100, f"only {len(RECORDED)} operations have a recorded 200 in {VERSION}"


@pytest.mark.parametrize(
    "operation",
    [
        pytest.param(op, marks=pytest.mark.xfail(reason=KNOWN_GAPS[op], strict=True))
        if op in KNOWN_GAPS
        else op
        for op in RECORDED
    ],
)
def test_recorded_200_matches_corrected_schema(operation: str) -> None:
    assert SCHEMAS.has(operation), f"{operation}: no corrected response schema"
    problems = []
    for item in RECORDED[operation]:
        if SCHEMAS.expects_empty(operation):
            if item.response_has_json or item.response_text.strip():
                problems.append(f"{item.where}: expected an empty body")
            continue
        if not item.response_has_json:
            # an empty 200 parses as None: fine where the schema admits null
            if item.response_text.strip() or not SCHEMAS.validator(operation).is_valid(None):
                problems.append(f"{item.where}: body is not JSON: {item.response_text[:80]!r}")
            continue
        for error in SCHEMAS.validator(operation).iter_errors(item.response_json):
            problems.append(f"{item.where}: {error_path(error)}: {error.message[:200]}")
    assert not problems, f"{operation} drifted from its corrected schema:\n" + "\n".join(problems[:20])

"""The end-of-run check that pre-existing projects were left exactly as they were."""

from __future__ import annotations

from dokploy_contract.snapshot import compare


def test_any_change_to_a_preexisting_project_is_reported() -> None:
    before = {"p1": {"projectId": "p1", "name": "prod", "env": "A=1"}, "p2": {"projectId": "p2", "name": "b"}}
    assert compare(before, dict(before)) == []
    changed = {**before, "p1": {**before["p1"], "env": "A=2"}}
    assert compare(before, changed) == ["project 'prod' (p1) changed"]
    assert compare(before, {"p1": before["p1"]}) == ["project 'b' (p2) disappeared"]
    extra = {**before, "p3": {"projectId": "p3", "name": "unprefixed"}}
    assert compare(before, extra) == ["project 'unprefixed' (p3) appeared without the run prefix"]

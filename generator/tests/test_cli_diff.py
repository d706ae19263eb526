"""``dokploy-codegen diff`` end to end through ``cli.main``: JSON shape, exit codes, default OLD.

Operation sets are checked against a regex over the raw paths (not dokploy_codegen.naming),
so the slash-style spec of 2026-02-25 must diff as its real changes, not 436 removed + 436 added.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from support import SHARED, shared_path

from dokploy_codegen.cli import main

SPECS = SHARED / "specs"
BEFORE_SLASHES = "docs-site_2025-12-07_0b52b9b.json"
SLASHES = "docs-site_2026-02-25_59a8054.json"
LATEST = "docs-site_2026-08-14_aea038b.json"
LIVE = SHARED / "live-v0.30.2" / "openapi.json"
_PATH = re.compile(r"^/([A-Za-z]\w*)[./]([A-Za-z]\w*)$")
_CANONICAL = re.compile(r"^[A-Za-z]\w*\.[A-Za-z]\w*$")


def _shared(path: Path) -> Path:
    return shared_path(*path.relative_to(SHARED).parts)


def _spec(name: str) -> Path:
    return shared_path("specs", name)


def _names(path: Path) -> set[str]:
    spec = json.loads(path.read_text(encoding="utf-8"))
    out = set()
    for raw in spec["paths"]:
        match = _PATH.match(raw)
        assert match, raw
        out.add(f"{match[1]}.{match[2]}")
    return out


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["diff", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _json_diff(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code, out, _ = _run(capsys, *argv, "--format", "json")
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def test_json_report_of_the_slash_style_switch(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _spec(BEFORE_SLASHES), _spec(SLASHES)
    data = _json_diff(capsys, str(old), str(new))
    assert set(data) == {"added", "removed", "breaking", "changed"}
    assert sorted(data["added"]) == sorted(_names(new) - _names(old))
    assert sorted(data["removed"]) == sorted(_names(old) - _names(new))
    assert len(data["removed"]) < 400, "path styles must not turn into remove-all, add-all"
    for change in [*data["breaking"], *data["changed"]]:
        assert set(change) == {"operation", "kind", "detail"}
        assert _CANONICAL.match(change["operation"]), change
    assert all(_CANONICAL.match(name) for name in data["added"] + data["removed"])
    assert data["breaking"], "2026-02-25 made nullable fields required"


def test_text_report_of_the_slash_style_switch(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _spec(BEFORE_SLASHES), _spec(SLASHES)
    code, out, _ = _run(capsys, str(old), str(new))
    added = len(_names(new) - _names(old))
    removed = len(_names(old) - _names(new))
    assert code == 0
    assert out.startswith(f"Spec diff: {added} added, {removed} removed, ")
    assert "BREAKING CHANGES PRESENT" in out


def test_fail_on_breaking_exits_2_only_with_breaking_changes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, new = str(_spec(BEFORE_SLASHES)), str(_spec(SLASHES))
    assert _run(capsys, old, new, "--fail-on-breaking")[0] == 2
    assert _run(capsys, old, new)[0] == 0
    same = str(_spec(LATEST)), str(_shared(LIVE))
    assert _run(capsys, *same, "--fail-on-breaking")[0] == 0


def test_fail_on_breaking_ignores_non_breaking_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An added operation is a change, not a break; removing one is a break."""
    live = json.loads(_shared(LIVE).read_text(encoding="utf-8"))
    grown = copy.deepcopy(live)
    grown["paths"]["/widget.spin"] = next(iter(live["paths"].values()))
    base, bigger = tmp_path / "base.json", tmp_path / "grown.json"
    base.write_text(json.dumps(live), encoding="utf-8")
    bigger.write_text(json.dumps(grown), encoding="utf-8")
    code, out, _ = _run(capsys, str(base), str(bigger), "--fail-on-breaking", "--format", "json")
    assert (code, json.loads(out)["added"]) == (0, ["widget.spin"])
    code, out, _ = _run(capsys, str(bigger), str(base), "--fail-on-breaking", "--format", "json")
    assert (code, json.loads(out)["removed"]) == (2, ["widget.spin"])


def test_old_defaults_to_the_locked_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _spec(BEFORE_SLASHES), _spec(SLASHES)
    generated = tmp_path / "generated"
    generated.mkdir()
    shutil.copyfile(old, generated / "spec.json")
    implicit = _json_diff(capsys, str(new), "--output", str(generated))
    explicit = _json_diff(capsys, str(old), str(new))
    assert implicit == explicit
    assert implicit["added"]


def test_missing_lock_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _spec(SLASHES)
    code, out, err = _run(capsys, str(new), "--output", str(tmp_path / "nowhere"))
    assert (code, out) == (1, "")
    assert err.startswith("dokploy-codegen: error: no locked spec")
    assert len(err.strip().splitlines()) == 1


def test_unreadable_new_spec_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _spec(BEFORE_SLASHES)
    code, _, err = _run(capsys, str(old), str(tmp_path / "missing.json"))
    assert code == 1
    assert "does not exist" in err

"""``dokploy-codegen learn`` end to end, as a user runs it.

Run with no arguments it learns from the kit's cassettes alone, far less evidence than
the committed corrections were derived from (../shared recordings too): it must leave
them unchanged or only widen them, and say what it changed. These tests need nothing
outside the repository.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from support import CORRECTIONS, REPO_ROOT, shared_path

from dokploy_codegen.cli import main


def _ops(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "operations.json").read_text())
    return data


def _widens(old: Any, new: Any, where: str = "") -> list[str]:
    """Where ``new`` is narrower than ``old``: a property lost, a key newly required,
    a branch dropped, a type changed. Empty when ``new`` only widens ``old``."""
    if old == new or new == {}:
        return []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [f"{where}: {old!r} -> {new!r}"]
    if list(new) == ["anyOf"] and list(old) != ["anyOf"]:
        return [] if any(not _widens(old, b) for b in new["anyOf"]) else [f"{where}: branch lost"]
    problems: list[str] = []
    if "anyOf" in old:
        olds, news = old["anyOf"], new.get("anyOf", [new])
        for b in olds:
            if all(_widens(b, n) for n in news):
                problems.append(f"{where}: branch {json.dumps(b)[:60]} lost")
        return problems
    for key in ("type", "$ref"):
        if old.get(key) != new.get(key):
            problems.append(f"{where}: {key} {old.get(key)} -> {new.get(key)}")
    newly_required = set(new.get("required", [])) - set(old.get("required", []))
    problems += [f"{where}.{k}: now required" for k in sorted(newly_required)]
    for k, sub in old.get("properties", {}).items():
        if k not in new.get("properties", {}):
            problems.append(f"{where}.{k}: dropped")
        else:
            problems += _widens(sub, new["properties"][k], f"{where}.{k}")
    if "items" in old:
        problems += _widens(old["items"], new.get("items", {}), f"{where}[]")
    old_enum: list[Any] = old.get("enum") or []
    new_enum: list[Any] = new.get("enum") or old_enum
    lost = set(old_enum) - set(new_enum)
    problems += [f"{where}: enum value {v!r} dropped" for v in sorted(lost)]
    return problems


def test_learn_from_the_cassettes_alone_keeps_the_committed_corrections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's command, with no ../shared: nothing the committed data knows is lost."""
    corrections = tmp_path / "corrections"
    shutil.copytree(CORRECTIONS, corrections)
    assert main(["learn", str(REPO_ROOT / "cassettes"), "--corrections", str(corrections)]) == 0
    out = capsys.readouterr().out
    before, after = _ops(CORRECTIONS), _ops(corrections)
    assert set(after) == set(before)
    problems = [p for op in before for p in _widens(before[op]["schema"], after[op]["schema"], op)]
    assert not problems, "\n".join(problems[:20])
    # the cassettes were part of the evidence the committed data came from: nothing to widen
    assert "operations: 0 added, 0 changed, 0 removed" in out, out
    assert "widenings forced by traffic: 0" in out
    assert (corrections / "operations.json").read_bytes() == (CORRECTIONS / "operations.json").read_bytes()


def test_a_new_cassette_widens_only_what_it_contradicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another server's cassette lacks a field and sends a null: exactly those widen, reported."""
    corrections = tmp_path / "corrections"
    shutil.copytree(CORRECTIONS, corrections)
    body: dict[str, Any] = {"projectId": "p1", "name": "n", "description": None, "organizationId": "o"}
    body |= {"env": "", "environments": [], "projectTags": []}
    schema = _ops(CORRECTIONS)["project.one"]["schema"]
    assert "createdAt" in schema["required"]
    cassette = tmp_path / "other" / "v0.30.2" / "test_x.yaml"
    cassette.parent.mkdir(parents=True)
    cassette.write_text(
        yaml.safe_dump(
            {
                "interactions": [
                    {
                        "request": {
                            "method": "GET",
                            "uri": "https://dokploy.invalid/api/project.one?projectId=p1",
                        },
                        "response": {"status": {"code": 200}, "json": {**body, "env": None}},
                    }
                ]
            }
        )
    )
    assert main(["learn", str(cassette.parent), "--corrections", str(corrections)]) == 0
    out = capsys.readouterr().out
    assert "  C project.one" in out
    assert "project.one.createdAt: absent in 1 of 1 responses: now optional" in out
    assert "project.one.env: null seen: widened to admit it" in out
    before, after = _ops(CORRECTIONS), _ops(corrections)
    assert [op for op in before if before[op] != after[op]] == ["project.one"]
    new = after["project.one"]["schema"]
    assert not _widens(schema, new, "project.one")
    assert "createdAt" not in new["required"] and "projectId" in new["required"]


def test_relearning_the_recordings_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The committed corrections already admit every shared recording and cassette."""
    recordings = shared_path("recordings")
    db_schema = shared_path("db-schema", "drizzle-0185_snapshot.json")
    # The recordings are of a v0.30.2 server: learn for its spec, whatever client is generated.
    spec = shared_path("live-v0.30.2", "openapi.json")
    corrections = tmp_path / "corrections"
    shutil.copytree(CORRECTIONS, corrections)
    sources = [str(recordings), str(REPO_ROOT / "cassettes")]
    argv = ["learn", *sources, "--corrections", str(corrections), "--db-schema", str(db_schema)]
    argv += ["--spec", str(spec)]
    assert main(argv) == 0
    assert "0 added, 0 changed" in capsys.readouterr().out
    assert main([*argv, "--fresh"]) == 0  # and re-deriving from scratch gives the same data
    assert "0 added, 0 changed" in capsys.readouterr().out
    for name in ("schemas.json", "operations.json"):
        assert (corrections / name).read_bytes() == (CORRECTIONS / name).read_bytes()


def test_learn_adds_an_operation_and_keeps_manual_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrections = tmp_path / "corrections"
    shutil.copytree(CORRECTIONS, corrections)
    operations = _ops(corrections)
    operations["project.one"] = {"schema": {"type": "object"}, "source": "manual", "note": "hand edit"}
    del operations["project.all"]
    (corrections / "operations.json").write_text(json.dumps(operations))

    assert main(["learn", str(REPO_ROOT / "cassettes"), "--corrections", str(corrections)]) == 0
    out = capsys.readouterr().out
    learned = _ops(corrections)
    assert learned["project.one"]["source"] == "manual"
    # back from the committed source schemas (without --db-schema its rows are not marked
    # with their tables, so only the shape is compared)
    again, committed = learned["project.all"], _ops(CORRECTIONS)["project.all"]
    assert again["source"] == "source"
    assert again["schema"]["items"]["required"] == committed["schema"]["items"]["required"]
    assert "  A project.all" in out


def test_a_missing_source_schema_file_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrections = tmp_path / "corrections"
    shutil.copytree(CORRECTIONS, corrections)
    code = main(["learn", "--corrections", str(corrections), "--source-schemas", str(tmp_path / "nope.json")])
    assert code != 0
    err = capsys.readouterr().err
    assert "nope.json" in err and "Traceback" not in err

"""``dokploy-codegen learn`` end to end: the committed corrections are what the recordings teach."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support import CORRECTIONS, REPO_ROOT, shared_path

from dokploy_codegen.cli import main


def test_relearning_the_recordings_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The committed corrections are exactly what the shared recordings plus our cassettes teach."""
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
    out = capsys.readouterr().out
    assert "0 added, 0 changed" in out
    for name in ("schemas.json", "operations.json"):
        assert (corrections / name).read_bytes() == (CORRECTIONS / name).read_bytes()


def test_learn_adds_an_operation_and_keeps_manual_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recordings = shared_path("recordings")
    corrections = tmp_path / "corrections"
    shutil.copytree(CORRECTIONS, corrections)
    operations = json.loads((corrections / "operations.json").read_text())
    operations["project.one"] = {"schema": {"type": "object"}, "source": "manual", "note": "hand edit"}
    del operations["project.all"]
    (corrections / "operations.json").write_text(json.dumps(operations))

    assert main(["learn", str(recordings), "--corrections", str(corrections)]) == 0
    out = capsys.readouterr().out
    learned = json.loads((corrections / "operations.json").read_text())
    assert learned["project.one"]["source"] == "manual"
    assert learned["project.all"]["source"] == "traffic"
    assert "project.all" in out

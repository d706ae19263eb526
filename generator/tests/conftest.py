"""What the generator's failure tests share: a client generated earlier, and the check that
a refused run leaves it byte for byte (one line on stderr, exit 1, nothing left beside it)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from support import GENERATED, tree_digest

from dokploy_codegen.cli import main


@pytest.fixture
def previous_client(tmp_path: Path) -> Path:
    """A copy of generated/, alone in its folder, as the output of the run under test."""
    copy = tmp_path / "out" / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.fixture
def refused(previous_client: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., str]:
    """``refused(argv, *expected)``: the CLI run into ``previous_client`` fails with one line
    holding each of ``expected``, and leaves that client and its folder as they were."""

    def run(argv: list[str], *expected: str) -> str:
        capsys.readouterr()
        before = tree_digest(previous_client)
        assert main([*argv, "--output", str(previous_client)]) == 1
        err = capsys.readouterr().err
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert "Traceback" not in err
        for text in expected:
            assert text in lines[0]
        assert tree_digest(previous_client) == before
        assert [p.name for p in previous_client.parent.iterdir()] == ["generated"], "no staging or lock left"
        return lines[0]

    return run

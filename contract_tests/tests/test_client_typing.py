"""mypy --strict on user code: generated types and helper signatures reach the user."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
USER_CODE = ROOT / "contract_tests" / "typing" / "user_code.py"


def _mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    if (
        shutil.which("mypy") is None
        and subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode != 0
    ):
        pytest.skip("mypy is not installed")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_user_code_is_clean_under_mypy_strict() -> None:
    result = _mypy(USER_CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_wrong_arguments_and_attributes_are_caught(tmp_path: Path) -> None:
    bad = tmp_path / "bad_user_code.py"
    bad.write_text(
        "from dokploy import Dokploy\n"
        "def f(client: Dokploy) -> None:\n"
        "    client.records.create_redirect(application_id='a', regexp='x')\n"
        "    p = client.project.one(project_id='x')\n"
        "    p.environments[0].enviroment_id\n"
        "    client.applications.deploy('a', wait=True).no_such_field\n"
    )
    result = _mypy(bad)
    assert result.returncode == 1
    assert 'Unexpected keyword argument "regexp"' in result.stdout
    assert "enviroment_id" in result.stdout
    assert "no_such_field" in result.stdout

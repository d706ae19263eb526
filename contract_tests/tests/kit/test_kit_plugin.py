"""The plugin is loaded into every pytest run: without the [contract] extra it must cost nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("vcr", "pytest_socket", "yaml")
# Blocks the extra's modules (``sys.modules[name] = None`` makes ``import name`` fail),
# then runs pytest with only the kit's plugin loaded, as for a user without the extra.
RUNNER = """\
import sys
for name in {heavy!r}:
    sys.modules[name] = None
import pytest
sys.exit(pytest.main(sys.argv[1:]))
"""


def _run_blocked(folder: Path, test_source: str) -> subprocess.CompletedProcess[str]:
    (folder / "pytest.ini").write_text("[pytest]\n")
    (folder / "test_user.py").write_text(test_source)
    (folder / "run.py").write_text(RUNNER.format(heavy=HEAVY))
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.run(
        [sys.executable, "run.py", "-p", "dokploy", "-p", "no:cacheprovider", "-rA"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_importing_the_plugin_imports_only_pytest_and_the_stdlib() -> None:
    code = (
        "import sys\n"
        f"for name in {HEAVY!r}: sys.modules[name] = None\n"
        "import dokploy_contract.plugin\n"
        "loaded = {m.split('.')[0] for m in sys.modules if sys.modules[m] is not None}\n"
        "print(sorted(loaded & {'vcr', 'pytest_socket', 'yaml', 'dokploy', 'dokploy_api', 'httpx'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_suite_without_the_kit_runs_without_the_extra(tmp_path: Path) -> None:
    result = _run_blocked(tmp_path, "def test_plain():\n    assert 1 + 1 == 2\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
    assert "dokploy-contract" not in result.stdout  # no header: the kit is not used


def test_a_kit_fixture_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    source = "def test_plain():\n    pass\n\ndef test_kit(dokploy):\n    pass\n"
    result = _run_blocked(tmp_path, source)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "1 passed" in out and "1 error" in out
    assert "install dokploy-client[contract]" in out
    assert "ModuleNotFoundError" not in out and "During handling" not in out


def test_record_without_the_extra_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "run.py").write_text(RUNNER.format(heavy=HEAVY))
    env = {
        **os.environ,
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "DOKPLOY_API_URL": "https://dokploy.invalid",
        "DOKPLOY_API_KEY": "k",
    }
    result = subprocess.run(
        [sys.executable, "run.py", "-p", "dokploy", "--dokploy-mode=record"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 4, result.stdout + result.stderr  # usage error, before any test
    assert "install dokploy-client[contract]" in result.stderr

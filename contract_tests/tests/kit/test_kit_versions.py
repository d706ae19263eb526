"""The kit names version incompatibilities: header, ``unavailable`` outcome, summary lines.

A loopback "Dokploy v0.28.8" (its real spec, kept as test data) answers a live run of a
user's suite made with this client: whatever version this client was generated for, the
operations it has and the server's spec lacks must be counted and the mutations named.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from loopback import Reply, Seen, serve
from support import TEST_DATA

from dokploy._compat import client_version, same_version
from dokploy_api.api import OPERATIONS

SPEC = TEST_DATA / "specs" / "v0.28.8.json"
USER_TESTS = """\
def test_present(dokploy):
    assert dokploy.call("server.all") == []

def test_absent(dokploy):
    dokploy.call("{absent}")

def test_plain():
    assert True
"""


def _server_paths() -> set[str]:
    return {re.sub(r"^/", "", p).replace("/", ".") for p in json.loads(SPEC.read_text())["paths"]}


def _v0_28_8(request: Seen) -> Reply:
    procedure = request.path.split("?")[0].rsplit("/", 1)[-1]
    if procedure == "settings.getDokployVersion":
        return Reply(body=b'"v0.28.8"')
    if procedure == "settings.getOpenApiDocument":
        return Reply(body=SPEC.read_bytes())
    if procedure in ("project.all", "server.all"):
        return Reply(body=b"[]")
    return Reply(404, b'{"message":"Not found","code":"NOT_FOUND"}')


def test_a_live_run_against_another_version_names_what_is_missing(tmp_path: Path) -> None:
    on_server = _server_paths()
    missing = sorted(op for op in OPERATIONS if op not in on_server)
    mutations = [op for op in missing if OPERATIONS[op].method != "GET"]
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    absent = next((op for op in missing if OPERATIONS[op].method == "GET"), "server.all")
    (tmp_path / "test_user.py").write_text(USER_TESTS.format(absent=absent))
    with serve(_v0_28_8) as (url, _):
        env = {**os.environ, "DOKPLOY_API_URL": url, "DOKPLOY_API_KEY": "k"}
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "--dokploy-mode=live", "-p", "no:cacheprovider", "-rs"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    if same_version(client_version(), "v0.28.8"):
        assert "VERSION MISMATCH" not in out and "unavailable" not in out, out
        return
    assert (
        f"VERSION MISMATCH: the server runs Dokploy v0.28.8, this client was generated for {client_version()}"
        in out
    )
    assert f"{len(missing)} operations of this client are not on Dokploy v0.28.8" in out, out
    assert f"mutations the server lacks ({len(mutations)}): {', '.join(mutations)}" in out, out
    # The absent operation is its own outcome, not a pass and not an ordinary not-found.
    assert re.search(r"2 passed, .*1 unavailable", out), out
    assert f"test_user.py::test_absent: {absent} is not available: the server runs Dokploy v0.28.8" in out


def test_replay_names_cassettes_of_another_version_in_the_header(tmp_path: Path) -> None:
    other = "v0.0.1"
    (tmp_path / "cassettes" / other).mkdir(parents=True)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_user.py").write_text("def test_kit(dokploy):\n    pass\n")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"cassettes/{other} were recorded for Dokploy {other}; this client was generated for" in run.stdout


def test_coverage_is_counted_against_this_clients_operations() -> None:
    from dokploy_contract import coverage

    text = coverage.report(coverage.Coverage())
    assert f"{len(OPERATIONS)} operations of this client (generated for Dokploy {client_version()})" in text
    gets = sum(1 for info in OPERATIONS.values() if info.method == "GET")
    assert f"GET: 0/{gets} answered 200, 0 recorded only as errors, {gets} without traffic" in text

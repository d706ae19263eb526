"""The generator under hostile or careless input: one clear line, exit 1, previous output untouched.

Each case runs ``dokploy-codegen`` as a user would (``cli.main`` or a real process) against a
previous client whose tree hash is compared before and after. Specs are small so the cases stay
fast; what matters is where the generator refuses, not the size of the spec.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from loopback import Reply, serve
from support import CORRECTIONS, GENERATED, tree_digest

from dokploy_codegen.build import tree as build
from dokploy_codegen.build.output_lock import lock_path, output_lock
from dokploy_codegen.cli import main

CLI = [sys.executable, "-m", "dokploy_codegen.cli"]


def _spec(**extra_paths: Any) -> dict[str, Any]:
    """A two-operation Dokploy-shaped spec, plus ``extra_paths`` (path -> path item)."""
    body = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "description": {"type": ["string", "null"]}},
        "required": ["name"],
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Dokploy API", "version": "v9.9.9"},
        "paths": {
            "/project.all": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/project.create": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "ok"}},
                }
            },
            **extra_paths,
        },
    }


def _get(**operation: Any) -> dict[str, Any]:
    return {"get": {"responses": {"200": {"description": "ok"}}, **operation}}


def _write(path: Path, spec: Any) -> Path:
    path.write_text(spec if isinstance(spec, str) else json.dumps(spec), encoding="utf-8")
    return path


@pytest.fixture
def previous_client(tmp_path: Path) -> Path:
    """A small client generated earlier (the conftest's is a copy of generated/): smaller, and
    without ``project.remove``, which the specs of the tests below add."""
    out = tmp_path / "out" / "generated"
    assert (
        main(["generate", "--spec", str(_write(tmp_path / "good.json", _spec())), "--output", str(out)]) == 0
    )
    return out


# --- names that collide once snake_cased -----------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("/project.One", "/project.one"),  # case only
        ("/project.oneThing", "/project.one_thing"),  # camelCase vs snake_case
        ("/Project.one", "/project.one"),  # the router
        ("/project.one", "/project/one"),  # one operation in both path styles
    ],
)
def test_operations_colliding_after_normalisation_are_refused_naming_both(
    first: str, second: str, refused: Callable[..., str], tmp_path: Path
) -> None:
    spec = _write(tmp_path / "spec.json", _spec(**{first: _get(), second: _get()}))
    line = refused(["generate", "--spec", str(spec)], f"GET {first}", f"GET {second}")
    assert "by case or underscores" in line


# --- the output folder: mode, concurrent runs -------------------------------------------------


def test_the_output_keeps_its_mode(previous_client: Path, tmp_path: Path) -> None:
    previous_client.chmod(0o750)
    spec = _write(tmp_path / "spec.json", _spec(**{"/project.remove": _get()}))
    assert main(["generate", "--spec", str(spec), "--output", str(previous_client)]) == 0
    assert stat.S_IMODE(previous_client.stat().st_mode) == 0o750
    assert "project.remove" in (previous_client / build.PACKAGE_NAME / "api" / "__init__.py").read_text()


def test_a_new_output_gets_the_umask_mode_not_mkdtemps_0700(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        out = tmp_path / "fresh"
        assert (
            main(["generate", "--spec", str(_write(tmp_path / "s.json", _spec())), "--output", str(out)]) == 0
        )
    finally:
        os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755


def test_two_concurrent_runs_into_one_output_both_succeed(previous_client: Path, tmp_path: Path) -> None:
    """Before the lock, one run's recovery deleted the other's staging folder."""
    spec = _write(tmp_path / "spec.json", _spec(**{"/project.remove": _get()}))
    reference = tmp_path / "reference"
    reference.mkdir()
    build.build_tree(json.loads(spec.read_text()), reference, CORRECTIONS)
    argv = [*CLI, "generate", "--spec", str(spec), "--output", str(previous_client)]
    runs = [
        subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)
    ]
    results = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], results
    assert all("Traceback" not in err for _, err in results)
    assert tree_digest(previous_client) == tree_digest(reference)
    assert sorted(p.name for p in previous_client.parent.iterdir()) == ["generated"]


def test_a_second_run_waits_for_the_lock_and_says_why(previous_client: Path, tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec.json", _spec(**{"/project.remove": _get()}))
    argv = [*CLI, "generate", "--spec", str(spec), "--output", str(previous_client)]
    with output_lock(previous_client):
        run = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert run.poll() is None, "the second run must wait while the first holds the lock"
        assert (
            "project.remove" not in (previous_client / build.PACKAGE_NAME / "api" / "__init__.py").read_text()
        )
    _, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    assert f"waiting for another run writing {previous_client} (pid {os.getpid()}" in err
    assert "project.remove" in (previous_client / build.PACKAGE_NAME / "api" / "__init__.py").read_text()
    assert not lock_path(previous_client).exists()


def test_the_lock_is_reentrant_and_exclusive_between_threads(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    order: list[str] = []

    def other() -> None:
        with output_lock(out):
            order.append("other")

    with output_lock(out), output_lock(out):  # upgrade holds it around generate
        thread = threading.Thread(target=other)
        thread.start()
        time.sleep(0.3)
        order.append("first")
    thread.join(10)
    assert order == ["first", "other"]
    assert not lock_path(out).exists()


# --- input that used to print tracebacks or vague lines -----------------------------------------


def _nested(levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"child": schema}}
    return schema


def test_deep_schema_nesting_is_one_line(refused: Callable[..., str], tmp_path: Path) -> None:
    deep = {"post": {"requestBody": {"content": {"application/json": {"schema": _nested(400)}}}}}
    spec = _write(tmp_path / "deep.json", _spec(**{"/project.deep": deep}))
    refused(["generate", "--spec", str(spec)], "nests deeper than 100 levels")


def test_deeply_nested_corrections_are_one_line(refused: Callable[..., str], tmp_path: Path) -> None:
    corrections = tmp_path / "corrections"
    corrections.mkdir()
    _write(corrections / "operations.json", {"project.all": {"schema": _nested(400), "source": "manual"}})
    spec = _write(tmp_path / "spec.json", _spec())
    argv = ["generate", "--spec", str(spec), "--corrections", str(corrections)]
    refused(argv, "too deeply to generate")


def test_a_100000_deep_json_file_is_one_line(refused: Callable[..., str], tmp_path: Path) -> None:
    spec = _write(
        tmp_path / "deep.json", '{"openapi": "3.1.0", "paths": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    refused(["generate", "--spec", str(spec)], "nests too deeply to parse")


def test_a_100000_deep_answer_from_an_instance_is_one_line(refused: Callable[..., str]) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    with serve(lambda _: Reply(200, body)) as (url, _):
        refused(["generate", "--url", url, "--api-key", "k"], "nested too deeply")


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("#/components/schemas/Missing", "points at nothing (no 'components')"),
        ("https://evil.example/schema.json", "points outside the spec (a remote or file reference)"),
        ("other.json#/components/schemas/Body", "points outside the spec (a remote or file reference)"),
        ("file:///etc/passwd", "points outside the spec"),
    ],
)
def test_unusable_refs_name_the_ref_where_and_why(
    ref: str, expected: str, refused: Callable[..., str], tmp_path: Path
) -> None:
    item = {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": ref}}}}}}
    spec = _write(tmp_path / "spec.json", _spec(**{"/project.update": item}))
    line = refused(["generate", "--spec", str(spec)], f"$ref {ref!r}", expected)
    assert "#/paths/~1project.update/post/requestBody/content/application~1json/schema" in line


def test_a_ref_to_a_missing_component_names_the_component(
    refused: Callable[..., str], tmp_path: Path
) -> None:
    spec = _spec(**{"/project.update": _get(parameters=[{"$ref": "#/components/parameters/Nope"}])})
    spec["components"] = {"parameters": {"Other": {"name": "x", "in": "query", "schema": {}}}}
    path = _write(tmp_path / "spec.json", spec)
    refused(["generate", "--spec", str(path)], "points at nothing (no 'Nope')")


@pytest.mark.parametrize("version", ["v1.0\nINJECTED LINE", "v1\x1b[31mred", "v1\u2028x", "v" + "9" * 80])
def test_an_info_version_that_is_not_one_short_line_isrefused(
    version: str, refused: Callable[..., str], tmp_path: Path
) -> None:
    spec = _spec()
    spec["info"]["version"] = version
    line = refused(["generate", "--spec", str(_write(tmp_path / "s.json", spec))])
    assert "info.version" in line and "is not a version" in line
    assert "\x1b" not in line


def test_an_operation_openapi_python_client_skips_names_its_reason(
    refused: Callable[..., str], tmp_path: Path
) -> None:
    twice = {"name": "x", "in": "query", "schema": {"type": "string"}}
    spec = _write(tmp_path / "spec.json", _spec(**{"/project.search": _get(parameters=[twice, twice])}))
    refused(
        ["generate", "--spec", str(spec)],
        "could not be generated (project.search): Parameters MUST NOT contain duplicates",
    )


def test_a_spec_openapi_python_client_rejects_is_one_line(
    refused: Callable[..., str], tmp_path: Path
) -> None:
    item = {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "wat"}}}}}}
    spec = _write(tmp_path / "spec.json", _spec(**{"/project.update": item}))
    refused(["generate", "--spec", str(spec)], "openapi-python-client rejected the spec")


@pytest.mark.parametrize(("name", "content"), [("operations.json", "{broken"), ("schemas.json", "[1, 2]")])
def test_bad_corrections_are_one_line_for_generate_and_learn(
    name: str, content: str, refused: Callable[..., str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrections = tmp_path / "corrections"
    corrections.mkdir()
    _write(corrections / name, content)
    spec = _write(tmp_path / "spec.json", _spec())
    refused(["generate", "--spec", str(spec), "--corrections", str(corrections)], name)
    before = tree_digest(corrections)
    recordings = tmp_path / "recordings"
    recordings.mkdir()
    assert main(["learn", str(recordings), "--corrections", str(corrections), "--spec", str(spec)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and name in err
    assert tree_digest(corrections) == before


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_names_its_location_and_what_to_do(status: int, refused: Callable[..., str]) -> None:
    """http behind an https redirect, or a login page: never "did not answer JSON ('')"."""
    location = "https://dokploy.example.com/api/settings.getOpenApiDocument"
    with serve(lambda _: Reply(status, b"", headers={"location": location})) as (url, _):
        argv = ["generate", "--url", url, "--api-key", "k"]
        refused(argv, f"answered {status} redirecting to '{location}'", "pass that as --url")


def test_a_reset_connection_names_a_reason(refused: Callable[..., str]) -> None:
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def reset_everything() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            conn.close()  # RST instead of an answer

    threading.Thread(target=reset_everything, daemon=True).start()
    try:
        line = refused(["generate", "--url", f"http://127.0.0.1:{port}", "--api-key", "k"])
    finally:
        listener.close()
    assert "()" not in line and f"127.0.0.1:{port}" in line


def test_a_pulled_spec_does_not_record_the_instance_address(tmp_path: Path) -> None:
    answer: dict[str, bytes] = {}
    with serve(lambda _: Reply(200, answer["body"])) as (url, _):
        spec = _spec()
        spec["servers"] = [{"url": f"{url}/api"}]
        spec["externalDocs"] = {"url": f"{url.replace('http:', 'HTTPS:')}/api/settings.getOpenApiDocument"}
        answer["body"] = json.dumps(spec).encode()
        assert main(["pull", "--url", url, "--api-key", "k", "-o", str(tmp_path / "pulled.json")]) == 0
        assert main(["generate", "--url", url, "--api-key", "k", "--output", str(tmp_path / "out")]) == 0
    host = url.split("//", 1)[1].encode()
    written = [tmp_path / "pulled.json", *(p for p in (tmp_path / "out").rglob("*") if p.is_file())]
    assert all(host not in path.read_bytes() for path in written)
    assert json.loads((tmp_path / "pulled.json").read_text())["servers"] == [
        {"url": "https://dokploy.invalid/api"}
    ]


# --- CLI messages ------------------------------------------------------------------------------


def test_diff_of_an_instance_without_a_key_names_diffs_own_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DOKPLOY_API_KEY", raising=False)
    assert main(["diff", "http://127.0.0.1:9"]) == 1
    err = capsys.readouterr().err
    assert "pass --api-key KEY or set DOKPLOY_API_KEY" in err
    assert "--url" not in err and "api_key=" not in err


def test_diff_takes_the_key_it_asks_for() -> None:
    spec = (GENERATED / build.SPEC_FILE).read_bytes()
    with serve(lambda _: Reply(200, spec)) as (url, seen):
        assert main(["diff", url, "--api-key", "secret", "--format", "json"]) == 0
    assert seen[0].headers["x-api-key"] == "secret"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["pull"], "no Dokploy URL: pass --url URL or set DOKPLOY_API_URL"),
        (["pull", "--url", "http://127.0.0.1:9"], "no API key for http://127.0.0.1:9: pass --api-key KEY"),
        (["pull", "--url", "dokploy.example.com", "--api-key", "k"], "pass e.g. --url https://"),
        (["upgrade"], "no Dokploy URL: pass --url URL"),
    ],
)
def test_messages_name_command_line_flags_never_python_arguments(
    argv: list[str], expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DOKPLOY_API_URL", raising=False)
    monkeypatch.delenv("DOKPLOY_API_KEY", raising=False)
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert "base_url" not in err and "api_key=" not in err


def test_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    """``dokploy-codegen diff A B | head -1``: no 'Broken pipe', no traceback.

    The reader is gone before the first write (its end of the pipe is closed up front), so
    the case does not depend on how fast a real ``head`` exits.
    """
    older = _write(tmp_path / "old.json", _spec())
    newer = _write(tmp_path / "new.json", _spec(**{f"/project.op{i}": _get() for i in range(300)}))
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        run = subprocess.run([*CLI, "diff", str(older), str(newer)], stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert run.returncode == 141
    assert run.stderr == b""


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("learn", "corrections folder to merge into and write back (default: "),
        ("generate", "dokploy_api/, spec.json and spec.lock.json (default: "),
        ("check", "(default: "),
        ("upgrade", "(default: "),
        ("diff", "default OLD (default: "),
    ],
)
def test_help_documents_every_option_and_its_default(
    command: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert expected in text
    if command in ("generate", "check", "upgrade", "diff"):
        assert "--output OUTPUT" in text and str(GENERATED) in text

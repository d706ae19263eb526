"""The main job: any Dokploy spec generates, reproducibly, and bad input never costs the old client."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from loopback import Reply, closed_port, serve, silent_port
from support import CORRECTIONS, GENERATED, SHARED, shared_path, tree_digest

from dokploy_codegen.build import formatting, opc
from dokploy_codegen.build import tree as build
from dokploy_codegen.cli import main
from dokploy_codegen.naming import iter_operations

SPEC_FILES = [*sorted((SHARED / "specs").glob("*.json")), SHARED / "live-v0.30.2" / "openapi.json"]


def _registry(tree: Path) -> str:
    return (tree / build.PACKAGE_NAME / "api" / "__init__.py").read_text()


@pytest.mark.parametrize("spec_file", SPEC_FILES, ids=lambda p: p.stem)
def test_every_published_spec_generates_with_every_operation(spec_file: Path, tmp_path: Path) -> None:
    if not spec_file.exists():
        pytest.skip(f"{spec_file} is absent: reference data lives in ../shared/dokploy")
    spec = json.loads(spec_file.read_text())
    lock = build.build_tree(spec, tmp_path, CORRECTIONS)
    names = {name for name, *_ in iter_operations(spec)}
    assert lock["operations"] == len(names)
    registry = _registry(tmp_path)
    assert all(f'"{name}": OperationInfo(' in registry for name in names)
    assert (tmp_path / build.PACKAGE_NAME / "py.typed").exists()
    # The generated code sends x-api-key via the engine, never Authorization: Bearer.
    assert "Bearer" not in "".join(p.read_text() for p in (tmp_path / build.PACKAGE_NAME).rglob("*.py"))


def test_slash_style_paths_keep_canonical_names_and_declared_paths(tmp_path: Path) -> None:
    spec_file = shared_path("specs", "docs-site_2026-02-25_59a8054.json")
    build.build_tree(json.loads(spec_file.read_text()), tmp_path, None)
    registry = _registry(tmp_path)
    assert '"admin.setupMonitoring": OperationInfo(' in registry
    assert '"/admin/setupMonitoring"' in registry


def test_routers_other_versions_have_are_absent_routers_and_names_no_version_has_are_not() -> None:
    from dokploy_codegen.build.routers import absent_routers

    spec = {"paths": {"/project.one": {"get": {}}, "/sshKey/all": {"get": {}}}}
    known = ["project.one", "sshKey.create", "libsql.create", "dockerVolume.list"]  # the corrections'
    extended = ["libsql", "git_provider", "project"]  # routers with a hand-written resource
    assert absent_routers(spec, known, extended) == {
        "docker_volume": "dockerVolume",
        "git_provider": "gitProvider",
        "libsql": "libsql",
    }


def test_generating_twice_gives_identical_trees(tmp_path: Path) -> None:
    spec = json.loads((GENERATED / build.SPEC_FILE).read_text())
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    build.build_tree(spec, first, CORRECTIONS)
    build.build_tree(spec, second, CORRECTIONS)
    assert tree_digest(first) == tree_digest(second)


def test_lock_changes_with_the_output_even_when_spec_and_corrections_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Templates and the hand-written resources the registry wires shape the output too:
    # a tree built without those resources must not carry the committed tree's lock.
    spec = json.loads((GENERATED / build.SPEC_FILE).read_text())
    monkeypatch.setattr(opc, "discover", lambda package: {})
    lock = build.build_tree(spec, tmp_path, CORRECTIONS)
    committed = json.loads((GENERATED / build.LOCK_FILE).read_text())
    assert lock["spec_sha256"] == committed["spec_sha256"]
    assert lock["corrections_sha256"] == committed["corrections_sha256"]
    assert lock["output_sha256"] != committed["output_sha256"]


def test_lock_records_version_hash_operations_and_tools() -> None:
    lock = json.loads((GENERATED / build.LOCK_FILE).read_text())
    spec_bytes = (GENERATED / build.SPEC_FILE).read_bytes()
    import hashlib

    assert lock["spec_sha256"] == hashlib.sha256(spec_bytes).hexdigest()
    assert lock["dokploy_version"] == json.loads(spec_bytes)["info"]["version"]
    assert lock["operations"] == len({name for name, *_ in iter_operations(json.loads(spec_bytes))})
    assert set(lock["tools"]) >= {"openapi-python-client", "ruff"}


def test_check_passes_on_the_committed_tree() -> None:
    assert main(["check"]) == 0


def test_check_names_the_difference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy)
    target = copy / build.PACKAGE_NAME / "api" / "project" / "project_one.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    assert main(["check", "--output", str(copy)]) == 1
    assert "differs dokploy_api/api/project/project_one.py" in capsys.readouterr().err


# --- bad input: one clear line, exit non-zero, previous client untouched ---------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<html>not json</html>", "is not JSON"),
        ('{"swagger": "2.0", "paths": {}}', "is not an OpenAPI 3 document"),
        ('["a", "list"]', "not an OpenAPI document"),
        ('{"openapi": "3.1.0", "info": {}, "paths": {}}', "has no paths"),
    ],
)
def test_bad_spec_files(content: str, expected: str, refused: Callable[..., str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    refused(["generate", "--spec", str(bad)], expected)


def test_missing_spec_file(refused: Callable[..., str], tmp_path: Path) -> None:
    refused(["generate", "--spec", str(tmp_path / "nope.json")], "does not exist")


def test_connection_refused(refused: Callable[..., str]) -> None:
    argv = ["generate", "--url", closed_port(), "--api-key", "k"]
    refused(argv, "cannot connect to")


def test_timeout(refused: Callable[..., str]) -> None:
    with silent_port() as url:
        argv = ["generate", "--url", url, "--api-key", "k", "--timeout", "0.3"]
        refused(argv, "did not answer within 0.3s")


def test_unauthorized_mentions_rate_limited_keys(refused: Callable[..., str]) -> None:
    with serve(lambda _: Reply(401, b'{"message":"Unauthorized"}')) as (url, _):
        argv = ["generate", "--url", url, "--api-key", "wrong"]
        refused(argv, "rate limit")


def test_html_answer(refused: Callable[..., str]) -> None:
    page = b"<!DOCTYPE html><html><body>Login</body></html>"
    with serve(lambda _: Reply(200, page, "text/html")) as (url, _):
        refused(["generate", "--url", url, "--api-key", "k"], "HTML page")


def test_missing_openapi_python_client(refused: Callable[..., str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openapi_python_client", None)
    refused(["generate"], "openapi-python-client is not installed")


def test_missing_ruff(refused: Callable[..., str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formatting, "_RUFF_MODULE", "ruff_is_not_installed")
    refused(["generate"], "ruff is not installed")


def test_failing_ruff(refused: Callable[..., str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formatting, "_RUFF_ARGS", ("--no-such-flag",))
    refused(["generate"], "ruff check failed")


def test_ruff_fixes_the_imports_of_flagged_modules_and_formats_all(tmp_path: Path) -> None:
    """Only modules with an import finding go through the fix pass; every module is formatted."""
    package = tmp_path / "pkg"
    (package / "models").mkdir(parents=True)
    (package / "models" / "__init__.py").write_text("")
    (package / "models" / "thing.py").write_text("class Thing: ...\n")
    (package / "flagged.py").write_text(
        "from __future__ import annotations\n\nimport sys\nimport json\n"
        "from .models.thing import Thing\n\n\ndef f(x: Thing) -> str:\n    return json.dumps( x )\n"
    )
    clean = "from __future__ import annotations\n\n\ndef g( ) -> int:\n    return 1\n"
    (package / "clean.py").write_text(clean)
    formatting.run_ruff(package)
    assert (package / "flagged.py").read_text() == (
        "from __future__ import annotations\n\nimport json\nfrom typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n    from .models.thing import Thing\n\n\n"
        "def f(x: Thing) -> str:\n    return json.dumps(x)\n"
    )
    assert (package / "clean.py").read_text() == clean.replace("g( )", "g()")


# --- pull ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "/", "/api", "/api/"])
def test_pull_accepts_url_with_or_without_api(suffix: str, tmp_path: Path) -> None:
    spec = (GENERATED / build.SPEC_FILE).read_bytes()
    with serve(lambda _: Reply(200, spec)) as (url, seen):
        out = tmp_path / "spec.json"
        assert main(["pull", "--url", url + suffix, "--api-key", "secret", "-o", str(out)]) == 0
    assert seen[0].path == "/api/settings.getOpenApiDocument"
    assert seen[0].headers["x-api-key"] == "secret"
    assert json.loads(out.read_bytes()) == json.loads(spec)


def test_pull_reads_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DOKPLOY_API_URL", raising=False)
    monkeypatch.delenv("DOKPLOY_API_KEY", raising=False)
    assert main(["pull"]) == 1
    assert "DOKPLOY_API_URL" in capsys.readouterr().err


def test_a_dangling_ref_fails_the_run_naming_it(refused: Callable[..., str], tmp_path: Path) -> None:
    """openapi-python-client would only warn and skip the operation; we name the reference."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Dokploy API", "version": "vX"},
        "paths": {
            "/project.all": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/project.create": {
                "post": {
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}}
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
    }
    bad = tmp_path / "spec.json"
    bad.write_text(json.dumps(spec))
    refused(
        ["generate", "--spec", str(bad)],
        "$ref '#/components/schemas/Missing' at #/paths/~1project.create/post/requestBody",
    )


def test_a_run_killed_mid_swap_is_recovered(previous_client: Path, tmp_path: Path) -> None:
    """Killed between the two renames: the next run restores the old tree first."""
    before = tree_digest(previous_client)
    retired = previous_client.with_name(".generated.old-999")
    previous_client.rename(retired)
    stale = previous_client.with_name(".generated.new-abc")
    stale.mkdir()
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert main(["generate", "--spec", str(bad), "--output", str(previous_client)]) == 1
    assert tree_digest(previous_client) == before
    assert not retired.exists() and not stale.exists()


def test_a_missing_corrections_folder_is_an_error(refused: Callable[..., str], tmp_path: Path) -> None:
    argv = ["generate", "--corrections", str(tmp_path / "typo")]
    refused(argv, "corrections folder")


def test_a_spec_with_paths_that_are_not_procedures(refused: Callable[..., str], tmp_path: Path) -> None:
    bad = tmp_path / "health.json"
    bad.write_text(json.dumps({"openapi": "3.1.0", "info": {}, "paths": {"/health": {"get": {}}}}))
    refused(["generate", "--spec", str(bad)], "/router.procedure")


def test_an_unwritable_pull_destination(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = (GENERATED / build.SPEC_FILE).read_bytes()
    with serve(lambda _: Reply(200, spec)) as (url, _):
        target = tmp_path / "missing" / "dir" / "spec.json"
        assert main(["pull", "--url", url, "--api-key", "k", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "No such file or directory" in err and "Traceback" not in err


def test_generation_speed_patches_apply_only_while_generating() -> None:
    """The Jinja and openapi-python-client patches must not leak into the user's process."""
    from jinja2.environment import Template
    from openapi_python_client.parser.openapi import Endpoint

    from dokploy_codegen.build._opc_patches import faster_template_imports, skip_needless_endpoint_copies

    jinja_before, opc_before = Template.__dict__["_get_default_module"], Endpoint.__dict__["sort_parameters"]
    with faster_template_imports(), skip_needless_endpoint_copies():
        assert Template.__dict__["_get_default_module"] is not jinja_before
        assert Endpoint.__dict__["sort_parameters"] is not opc_before
    assert Template.__dict__["_get_default_module"] is jinja_before
    assert Endpoint.__dict__["sort_parameters"] is opc_before

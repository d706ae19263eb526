"""Regenerating from an installed package, as a user who never cloned this repository does.

Builds the wheel, installs it (not editable) with ``[codegen]`` into a fresh virtualenv, and in
a folder outside the repository follows the README: ``dokploy-codegen generate --spec FILE``,
``check``, ``diff``, a no-op ``upgrade``, then imports the result with ``PYTHONPATH=generated``
and makes a typed call against a loopback server. Slow (a wheel build and an install, about a
minute): CI runs it; ``-m 'not slow'`` skips it locally.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from loopback import Reply, Seen, serve
from support import GENERATED, REPO_ROOT

pytestmark = pytest.mark.slow

_NOT_SOURCES_ANYWHERE = shutil.ignore_patterns(
    ".git", ".venv", "*.egg-info", "__pycache__", "cassettes", ".mypy_cache", ".ruff_cache"
)


def _not_sources(folder: str, names: list[str]) -> set[str]:
    """What a clone would not have. ``build``/``dist`` only at the root: they are setuptools'
    output there, while ``dokploy_codegen/build`` is a package of the generator."""
    ignored = set(_NOT_SOURCES_ANYWHERE(folder, names))
    if Path(folder) == REPO_ROOT:
        ignored |= {"build", "dist"} & set(names)
    return ignored


PROJECT = {
    "projectId": "p-1",
    "name": "shop",
    "description": None,
    "createdAt": "2026-11-29T02:22:03.446Z",
    "organizationId": "org-1",
    "env": "",
    "environments": [
        {
            "environmentId": "env-1",
            "name": "production",
            "description": "Production environment",
            "createdAt": "2026-11-29T02:22:03.452Z",
            "env": "",
            "projectId": "p-1",
            "isDefault": True,
        }
    ],
}
CALL = textwrap.dedent(
    """
    import sys
    import dokploy_api
    from dokploy import Dokploy
    from dokploy_api.models import Project

    with Dokploy(base_url=sys.argv[1], api_key="k") as client:
        project = client.project.one(project_id="p-1")
    assert isinstance(project, Project), type(project)
    print(dokploy_api.__file__)
    print(type(project).__name__, project.name, project.environments[0].environment_id)
    """
)


def _run(argv: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DOKPLOY_", "PYTHON", "VIRTUAL_ENV"))}
    proc = subprocess.run(argv, cwd=cwd, env={**clean, **env}, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, f"{argv} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel and its [codegen] extra installed, not editable."""
    if not (GENERATED / "spec.json").is_file():
        pytest.skip("generated/ has no locked spec to bundle")
    root = tmp_path_factory.mktemp("install")
    source = root / "source"
    shutil.copytree(REPO_ROOT, source, symlinks=True, ignore=_not_sources)  # as a clone has them
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    _run([*pip, "wheel", "--quiet", "--no-deps", "--wheel-dir", str(root / "dist"), str(source)], root)
    (wheel,) = (root / "dist").glob("dokploy_client-*.whl")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], root)
    python = venv / "bin" / "python"
    _run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{wheel}[codegen]"],
        root,
    )
    return venv


def test_regenerate_import_and_call_outside_the_repo(installed: Path, tmp_path: Path) -> None:
    user = tmp_path / "my-project"  # no checkout anywhere near
    user.mkdir()
    spec = json.loads((GENERATED / "spec.json").read_text(encoding="utf-8"))
    spec["info"]["version"] = "v0.30.2-mine"
    (user / "my-spec.json").write_text(json.dumps(spec), encoding="utf-8")
    codegen = str(installed / "bin" / "dokploy-codegen")

    generated = _run([codegen, "generate", "--spec", "my-spec.json"], user)
    lock = json.loads((user / "generated" / "spec.lock.json").read_text(encoding="utf-8"))
    committed = json.loads((GENERATED / "spec.lock.json").read_text(encoding="utf-8"))
    assert lock["dokploy_version"] == "v0.30.2-mine"
    # The corrections came with the package: as typed as the committed client, same code.
    assert lock["typed_responses"] == committed["typed_responses"] > 0
    assert lock["corrections_sha256"] == committed["corrections_sha256"]
    assert f"PYTHONPATH={user / 'generated'}" in generated.stderr
    mine, committed_tree = _tree(user / "generated" / "dokploy_api"), _tree(GENERATED / "dokploy_api")
    registry = "api/__init__.py"  # the one file that names the Dokploy version
    assert b'DOKPLOY_VERSION = "v0.30.2-mine"' in mine[registry]
    assert mine[registry].replace(b"v0.30.2-mine", b"v0.30.2") == committed_tree[registry]
    assert {k: v for k, v in mine.items() if k != registry} == {
        k: v for k, v in committed_tree.items() if k != registry
    }

    assert "matches the locked spec" in _run([codegen, "check"], user).stdout
    diff = json.loads(_run([codegen, "diff", "my-spec.json", "--format", "json"], user).stdout)
    assert diff == {"added": [], "removed": [], "breaking": [], "changed": []}
    upgraded = _run([codegen, "upgrade", "--spec", "my-spec.json"], user).stdout
    assert "Nothing changed" in upgraded
    assert not (user / "generated" / "CHANGELOG.md").exists(), "a no-op upgrade writes no entry"

    def answer(request: Seen) -> Reply:
        assert request.path == "/api/project.one?projectId=p-1"
        return Reply(200, json.dumps(PROJECT).encode())

    (user / "app.py").write_text(CALL, encoding="utf-8")
    with serve(answer) as (url, seen):
        out = _run([str(installed / "bin" / "python"), "app.py", url], user, PYTHONPATH="generated").stdout
    imported, result = out.splitlines()
    assert Path(imported).is_relative_to(user / "generated")
    assert result == "Project shop env-1"
    assert len(seen) == 1
    # The kit's guard and scrubber read the facts compiled into the client they test (the
    # regenerated one here): no table file of their own beside dokploy_contract.
    kit = (
        "import dokploy_api, dokploy_contract.facts as f, pathlib; t = f.load(); "
        "print(pathlib.Path(dokploy_api.__file__).parent, len(t.operation_names()), "
        "t.is_secret_key('apiKey'), (pathlib.Path(f.__file__).parent / 'facts.json').exists())"
    )
    out = _run([str(installed / "bin" / "python"), "-c", kit], user, PYTHONPATH="generated").stdout.split()
    posts = sum("post" in item for item in spec["paths"].values())
    assert out == [str(user / "generated" / "dokploy_api"), str(posts), "True", "False"]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }

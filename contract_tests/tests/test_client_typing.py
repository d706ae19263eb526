"""The types reach the user: mypy --strict and pyright on user code, run as an IDE would.

User files are checked from a folder outside the repository, so the checkers find ``dokploy``
through the installation (as VS Code does after the README's install), not the repo's config.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import dokploy
import dokploy.types
from dokploy_api.api import OPERATIONS, ROUTERS

ROOT = Path(__file__).resolve().parents[2]
USER_CODE = ROOT / "contract_tests" / "typing" / "user_code.py"


def _mypy(*paths: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install -e '.[dev]')")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, paths)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _pyright(path: Path) -> dict[str, object]:
    """pyright's JSON report on ``path``, run from its folder with this interpreter's packages."""
    if importlib.util.find_spec("pyright") is None:
        pytest.skip("pyright is not installed (pip install -e '.[dev]')")
    if shutil.which("node") is None:
        pytest.skip("pyright needs node on PATH (the PyPI package bundles pyright itself)")
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}  # no PyPI version check: offline
    proc = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable, path.name],
        cwd=path.parent,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    try:
        report: dict[str, object] = json.loads(proc.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright gave no report: {proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return report


def _diagnostics(report: dict[str, object], severity: str) -> list[str]:
    found = report["generalDiagnostics"]
    assert isinstance(found, list)
    return [f"{d['range']['start']['line'] + 1}: {d['message']}" for d in found if d["severity"] == severity]


def test_user_code_is_clean_under_mypy_strict(tmp_path: Path) -> None:
    user = tmp_path / USER_CODE.name
    shutil.copy(USER_CODE, user)
    result = _mypy(user, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_user_code_is_clean_under_pyright(tmp_path: Path) -> None:
    user = tmp_path / USER_CODE.name
    shutil.copy(USER_CODE, user)
    report = _pyright(user)
    assert _diagnostics(report, "error") == []
    assert report["summary"]["filesAnalyzed"] == 1  # type: ignore[index]


def test_wrong_arguments_and_attributes_are_caught(tmp_path: Path) -> None:
    bad = tmp_path / "bad_user_code.py"
    bad.write_text(
        "from dokploy import Dokploy\n"
        "from dokploy.types import Projct\n"
        "import dokploy\n"
        "def f(client: Dokploy) -> None:\n"
        "    client.records.create_redirect(application_id='a', regexp='x')\n"
        "    p = client.project.one(project_id='x')\n"
        "    p.environments[0].enviroment_id\n"
        "    client.applications.deploy('a', wait=True).no_such_field\n"
        "    dokploy.Dokplyo\n"
    )
    result = _mypy(bad, cwd=tmp_path)
    assert result.returncode == 1
    assert 'Unexpected keyword argument "regexp"' in result.stdout
    assert "enviroment_id" in result.stdout
    assert "no_such_field" in result.stdout
    assert '"dokploy.types" has no attribute "Projct"' in result.stdout  # lazy names stay checked
    assert '"Dokplyo"' in result.stdout


def test_the_installed_packages_are_found_on_a_plain_path() -> None:
    """Static checkers read ``sys.path`` entries (``.pth`` lines), not import hooks.

    setuptools' default editable install for a multi-folder layout is such a hook, and
    pyright then sees no ``dokploy`` at all; ``src/`` makes it a plain path.
    """
    for name in ("dokploy", "dokploy_api", "dokploy_codegen", "dokploy_contract"):
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None
        on_path = [p for p in sys.path if p and (Path(p) / name / "__init__.py").is_file()]
        assert on_path, f"{name} ({spec.origin}) is imported through a hook no type checker follows"


def _router_methods() -> list[tuple[str, str, str]]:
    """(client variable, router, method) for every public method of every router, sync and async."""
    found: list[tuple[str, str, str]] = []
    for router, resource in sorted(ROUTERS.items()):
        module = importlib.import_module(f"dokploy_api.api.{router}")
        for variable, prefix in (("client", ""), ("aclient", "Async")):
            cls = getattr(module, prefix + resource)
            for name, _ in inspect.getmembers(cls, inspect.isfunction):
                if not name.startswith("_"):
                    found.append((variable, router, name))
    return found


def test_pyright_knows_every_type_of_every_router_method(tmp_path: Path) -> None:
    """What VS Code shows on hover: no ``Unknown`` in any parameter or return type."""
    methods = _router_methods()
    assert len(methods) == 2 * len(OPERATIONS)  # every operation, once sync and once async
    probe = tmp_path / "probe_routers.py"
    probe.write_text(
        "from dokploy import AsyncDokploy, Dokploy\n\n\n"
        "def probe(client: Dokploy, aclient: AsyncDokploy) -> None:\n"
        + "".join(f"    reveal_type({v}.{router}.{name})\n" for v, router, name in methods)
    )
    report = _pyright(probe)
    assert _diagnostics(report, "error") == []
    revealed = _diagnostics(report, "information")
    assert len(revealed) == len(methods)
    unknown = [line for line in revealed if "Unknown" in line]
    assert unknown == [], f"{len(unknown)} router methods with Unknown types, first: {unknown[:3]}"


def test_pyright_rejects_what_mypy_rejects(tmp_path: Path) -> None:
    """The pyright probe can fail: a misspelt model and a wrong keyword are errors there too."""
    bad = tmp_path / "bad_for_pyright.py"
    bad.write_text(
        "from dokploy import Dokploy\n"
        "from dokploy.types import Projct\n"
        "def f(client: Dokploy) -> None:\n"
        "    client.project.one(project_idd='x')\n"
    )
    errors = " ".join(_diagnostics(_pyright(bad), "error"))
    assert "Projct" in errors
    assert "project_idd" in errors


def test_every_public_name_is_visible_to_mypy(tmp_path: Path) -> None:
    """Lazy names (resolved by ``__getattr__`` at run time) are all declared for the checker."""
    user = tmp_path / "import_everything.py"
    user.write_text(
        "".join(
            f"from {module.__name__} import {name} as {name}_{i}\n"
            for i, (module, name) in enumerate(
                (m, n) for m in (dokploy, dokploy.types) for n in m.__all__ if n != "__version__"
            )
        )
    )
    result = _mypy(user, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-3000:]

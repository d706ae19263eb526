"""The types reach the user: mypy --strict and pyright on user code, run as an IDE would.

User files are checked from a folder outside the repository, so the checkers find ``dokploy``
through the installation (as VS Code does after the README's install), not the repo's config.
Each checker runs once over all the files below (a run costs seconds); tests read its report.
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
from support import REPO_ROOT, shared_path

import dokploy
import dokploy.types
from dokploy_api.api import OPERATIONS, ROUTERS

ROOT = REPO_ROOT
USER_CODE = ROOT / "contract_tests" / "typing" / "user_code.py"
USER_CODE_VERSION = "v0.30.2"  # user_code.py calls what that Dokploy has (deployment.readLogs, libsql)


def _requires_user_code_version() -> None:
    from dokploy._compat import client_version

    if client_version() != USER_CODE_VERSION:
        pytest.skip(
            f"user_code.py is written for a client of Dokploy {USER_CODE_VERSION}; "
            f"this one is for {client_version()} (the checks of every router method still run)"
        )


BAD_CODE = """\
from dokploy import Dokploy
from dokploy.types import Projct
import dokploy
from support import REPO_ROOT
def f(client: Dokploy) -> None:
    client.redirects.create(application_id='a', regexp='x')
    p = client.project.one(project_id='x')
    p.environments[0].enviroment_id
    client.application.deploy('a', wait=True).no_such_field
    client.project.one(project_idd='x')
    client.application.create(name='a', projct_id='p')
    client.postgres.deploy('p', wait=True, timout=1)
    dokploy.Dokplyo
def g(client: Dokploy, flag: bool) -> None:
    client.application.deploy('a', wait=flag, timeout='soon')
    client.compose.deploy('c', wait=True).no_such_deployment_field
"""


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


def _import_everything() -> str:
    public = [(m, n) for m in (dokploy, dokploy.types) for n in m.__all__ if n != "__version__"]
    return "".join(f"from {m.__name__} import {n} as {n}_{i}\n" for i, (m, n) in enumerate(public))


@pytest.fixture(scope="module")
def user_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder outside the repository with the files both checkers look at."""
    folder = tmp_path_factory.mktemp("user")
    shutil.copy(USER_CODE, folder / "user_code.py")
    (folder / "bad_user_code.py").write_text(BAD_CODE)
    (folder / "import_everything.py").write_text(_import_everything())
    (folder / "probe_routers.py").write_text(
        "from dokploy import AsyncDokploy, Dokploy\n\n\n"
        "def probe(client: Dokploy, aclient: AsyncDokploy) -> None:\n"
        + "".join(f"    reveal_type({v}.{router}.{name})\n" for v, router, name in _router_methods())
    )
    return folder


@pytest.fixture(scope="module")
def mypy_report(mypy: list[str], user_folder: Path) -> dict[str, list[str]]:
    """mypy --strict's messages per file (the router probe is pyright's)."""
    files = ["user_code.py", "bad_user_code.py", "import_everything.py"]
    proc = subprocess.run(
        [*mypy, "--no-error-summary", *files],
        cwd=user_folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.stderr == "", proc.stderr
    report: dict[str, list[str]] = {name: [] for name in files}
    for line in proc.stdout.splitlines():
        report.setdefault(line.split(":", 1)[0], []).append(line)
    return report


@pytest.fixture(scope="module")
def pyright_report(user_folder: Path) -> dict[str, list[dict[str, object]]]:
    """pyright's diagnostics per file, run with this interpreter's packages."""
    if importlib.util.find_spec("pyright") is None:
        pytest.skip("pyright is not installed (pip install -e '.[dev]')")
    if shutil.which("node") is None:
        pytest.skip("pyright needs node on PATH (the PyPI package bundles pyright itself)")
    env = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}  # no PyPI version lookup: offline
    files = ["user_code.py", "bad_user_code.py", "probe_routers.py"]
    proc = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable, *files],
        cwd=user_folder,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    try:
        output = json.loads(proc.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pyright gave no report: {proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    assert output["summary"]["filesAnalyzed"] == len(files)
    report: dict[str, list[dict[str, object]]] = {name: [] for name in files}
    for diagnostic in output["generalDiagnostics"]:
        report.setdefault(Path(diagnostic["file"]).name, []).append(diagnostic)
    return report


def _lines(diagnostics: list[dict[str, object]]) -> list[int]:
    """The 1-based lines with an error."""
    return [int(d["range"]["start"]["line"]) + 1 for d in diagnostics if d["severity"] == "error"]  # type: ignore[index]


def _messages(diagnostics: list[dict[str, object]], severity: str) -> list[str]:
    return [str(d["message"]) for d in diagnostics if d["severity"] == severity]


def test_user_code_is_clean_under_mypy_strict(mypy_report: dict[str, list[str]]) -> None:
    _requires_user_code_version()
    assert mypy_report["user_code.py"] == []


def test_user_code_is_clean_under_pyright(pyright_report: dict[str, list[dict[str, object]]]) -> None:
    _requires_user_code_version()
    assert _messages(pyright_report["user_code.py"], "error") == []


def test_wrong_arguments_and_attributes_are_caught_by_mypy(mypy_report: dict[str, list[str]]) -> None:
    found = "\n".join(mypy_report["bad_user_code.py"])
    assert 'Unexpected keyword argument "regexp"' in found
    assert "enviroment_id" in found
    assert "no_such_field" in found
    assert 'Unexpected keyword argument "project_idd"' in found
    assert 'Unexpected keyword argument "projct_id"' in found  # a helper override's own signature
    assert 'Argument "timout" has incompatible type "int"' in found  # deploy's **ids take only str ids
    assert 'No overload variant of "__call__" of "Deploy"' in found  # wait=flag, timeout="soon"
    assert "no_such_deployment_field" in found  # deploy(..., wait=True) is a Deployment
    assert '"dokploy.types" has no attribute "Projct"' in found  # lazy names stay checked
    assert '"Dokplyo"' in found


def test_wrong_arguments_and_attributes_are_caught_by_pyright(
    pyright_report: dict[str, list[dict[str, object]]],
) -> None:
    found = " ".join(_messages(pyright_report["bad_user_code.py"], "error"))
    for name in (
        "Projct",
        "regexp",
        "enviroment_id",
        "no_such_field",
        "project_idd",
        "projct_id",
        "timout",
        "Dokplyo",
        "no_such_deployment_field",
    ):
        assert name in found, name
    bad_call = 15  # deploy('a', wait=flag, timeout='soon'): no overload takes it
    assert bad_call in _lines(pyright_report["bad_user_code.py"])


def test_pyright_knows_every_type_of_every_router_method(
    pyright_report: dict[str, list[dict[str, object]]],
) -> None:
    """What VS Code shows on hover: no ``Unknown`` in any parameter or return type."""
    assert len(_router_methods()) == 2 * len(OPERATIONS)  # every operation, sync and async
    probe = pyright_report["probe_routers.py"]
    assert _messages(probe, "error") == []
    revealed = _messages(probe, "information")
    assert len(revealed) == 2 * len(OPERATIONS)
    unknown = [line for line in revealed if "Unknown" in line]
    assert unknown == [], f"{len(unknown)} router methods with Unknown types, first: {unknown[:3]}"


def test_every_public_name_is_visible_to_mypy(mypy_report: dict[str, list[str]]) -> None:
    """Lazy names (resolved by ``__getattr__`` at run time) are all declared for the checker."""
    assert mypy_report["import_everything.py"] == []


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


OTHER_SPEC = "docs-site_2025-11-30_051319d.json"  # in ../shared/dokploy/specs


def test_a_client_generated_from_another_spec_is_clean_under_mypy_strict(
    mypy: list[str], tmp_path: Path
) -> None:
    """The templates are clean for shapes the locked spec lacks (``datetime`` parameters, ...)."""
    spec = shared_path("specs", OTHER_SPEC)
    from dokploy_codegen.build import tree as build

    build.build_tree(json.loads(spec.read_text()), tmp_path, ROOT / "overrides" / "corrections")
    proc = subprocess.run(
        [*mypy, "--config-file", os.devnull, "-p", build.PACKAGE_NAME],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "MYPYPATH": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stdout[-3000:]

"""Rendering on several cores (and with the background helpers) writes the files one process
writes, and fails as it would."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from support import CORRECTIONS, small_spec, tree_digest

from dokploy_codegen.build import background, render
from dokploy_codegen.build import tree as build
from dokploy_codegen.errors import SpecError

background_cores = background.cores()


def _generate(spec: dict[str, object], target: Path, workers: int, monkeypatch: pytest.MonkeyPatch) -> str:
    """``workers`` 1: everything in this process, the background helpers' jobs included."""
    monkeypatch.setattr(render, "_worker_count", lambda: workers)
    monkeypatch.setattr(background, "cores", lambda: 1 if workers == 1 else background_cores)
    target.mkdir()
    build.build_tree(spec, target, CORRECTIONS)
    return tree_digest(target / build.PACKAGE_NAME)


def test_forked_workers_write_what_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if render._worker_count() == 1:
        pytest.skip("this platform has no fork(): generation renders in one process only")
    spec = small_spec()
    alone = _generate(spec, tmp_path / "one", 1, monkeypatch)
    assert _generate(spec, tmp_path / "three", 3, monkeypatch) == alone


def test_a_failure_in_a_worker_is_raised_as_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A model nested past Python's limit may fail in a worker: the CLI's message (a SpecError
    from the RecursionError) must not depend on which process rendered that model."""
    if render._worker_count() == 1:
        pytest.skip("this platform has no fork(): generation renders in one process only")
    parent, write_claimed = os.getpid(), render._write_claimed

    def fails_in_the_worker(modules: Sequence[render._Module], claims: object) -> None:
        if os.getpid() != parent:
            raise RecursionError("maximum recursion depth exceeded")
        write_claimed(modules, claims)

    monkeypatch.setattr(render, "_write_claimed", fails_in_the_worker)
    with pytest.raises(SpecError, match="nest too deeply"):
        _generate(small_spec(), tmp_path / "out", 2, monkeypatch)


@pytest.mark.parametrize("collecting", [True, False])
def test_a_build_leaves_the_cycle_collector_as_it_found_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collecting: bool
) -> None:
    """The build pauses the collector for its own speed; a caller's setting survives it,
    a failed build included."""
    import gc

    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        _generate(small_spec(), tmp_path / "ok", 1, monkeypatch)
        assert gc.isenabled() is collecting
        monkeypatch.setattr(render, "_write", _raise_recursion)
        with pytest.raises(SpecError):
            _generate(small_spec(), tmp_path / "failed", 1, monkeypatch)
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def _raise_recursion(modules: Sequence[render._Module]) -> None:
    raise RecursionError("maximum recursion depth exceeded")


def test_memoized_filters_escape_as_openapi_python_client_does() -> None:
    from openapi_python_client import strings
    from openapi_python_client.schema.untrusted_string import UntrustedString

    from dokploy_codegen.build._opc_patches import memoized_filters

    filters = memoized_filters()
    samples: list[object] = [
        "plain",
        'quote " and back\\slash',
        "line\u2028sep\x00nul\ttab",
        UntrustedString('untrusted "x"\n'),
        strings.PythonIdentifier("app_name", "field"),
        42,
    ]
    for name, original in (
        ("in_double_quote_literal", strings.in_double_quote_literal),
        ("safe_for_docstring", strings.safe_for_docstring),
    ):
        for sample in samples * 2:  # the second pass is answered from the memo
            if name == "in_double_quote_literal" and isinstance(sample, int):
                continue  # openapi-python-client's own filter takes text only
            assert filters[name](sample) == original(sample), (name, sample)


def test_memoized_names_are_openapi_python_clients_and_are_restored() -> None:
    from openapi_python_client import strings
    from openapi_python_client.schema.untrusted_string import UntrustedString

    from dokploy_codegen.build._opc_patches import memoized_names

    names = ["applicationId", "app-name", "HTTPServer", "x.y z", "__init__", "mariadb2", "dns_ok", ""]
    originals = {f: getattr(strings, f) for f in ("sanitize", "snake_case", "pascal_case")}
    expected = {(f, n): originals[f](n) for f in originals for n in names}
    with memoized_names():
        assert all(getattr(strings, f) is not originals[f] for f in originals)
        for _ in range(2):  # the second pass is answered from the memo
            for (f, n), result in expected.items():
                assert getattr(strings, f)(n) == result, (f, n)
                if f != "sanitize":  # which takes text only
                    assert getattr(strings, f)(UntrustedString(n)) == originals[f](UntrustedString(n))
        assert strings.PythonIdentifier("applicationId", "field_") == "application_id"
    assert all(getattr(strings, f) is originals[f] for f in originals)

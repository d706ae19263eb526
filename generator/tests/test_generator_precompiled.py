"""Templates compiled by the helper are the ones the build would compile, or are not used."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment, pass_context
from support import CORRECTIONS, small_spec

from dokploy_codegen.build import background, opc, precompiled, render, tree
from dokploy_codegen.build._opc_patches import memoized_filters

needs_fork = pytest.mark.skipif(
    background.cores() == 1, reason="no fork() or one core here: the build compiles its own templates"
)


def _project_environment(tmp_path: Path) -> Any:
    """The environment openapi-python-client's ``Project`` makes, as ``opc`` configures it."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile(), MetaType.NONE, document_source=Path("x.json"), file_encoding="utf-8",
        overwrite=True, output_path=tmp_path,
    )  # fmt: skip
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    data = GeneratorData.from_dict(document, config=config)
    project = Project(openapi=data, config=config, custom_template_path=opc.TEMPLATES)  # type: ignore[arg-type]
    project.env.filters.update(memoized_filters())
    return project.env


def test_the_helper_compiles_in_an_environment_like_the_builds(tmp_path: Path) -> None:
    """If openapi-python-client changes how it makes its environment, the compiled code is
    refused (and this test says the speedup is lost) rather than used."""
    compiled = precompiled.compile_templates(opc.TEMPLATES)
    env = _project_environment(tmp_path)
    assert precompiled.install(env, compiled)
    assert "model.py.jinja" in env.list_templates()
    assert len(compiled[1]) >= 30  # every module template and every macro file


@pytest.mark.parametrize(
    "change",
    [
        lambda env: setattr(env, "trim_blocks", False),
        lambda env: env.filters.update(snake_case=pass_context(lambda context, value: value)),
        lambda env: env.add_extension("jinja2.ext.i18n"),
    ],
    ids=["syntax option", "filter passed the context", "extension"],
)
def test_code_compiled_for_another_environment_is_not_used(tmp_path: Path, change: Any) -> None:
    compiled = precompiled.compile_templates(opc.TEMPLATES)
    env = _project_environment(tmp_path)
    change(env)
    assert not precompiled.install(env, compiled)
    assert env.bytecode_cache is None


def test_a_template_changed_since_it_was_compiled_is_compiled_anew(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "greeting.py.jinja").write_text("one = {{ 1 }}\n")
    compiled = precompiled.compile_templates(templates)
    (templates / "greeting.py.jinja").write_text("two = {{ 2 }}\n")
    env: Environment = precompiled._environment(templates)
    assert precompiled.install(env, compiled)
    assert env.get_template("greeting.py.jinja").render() == "two = 2\n"


@needs_fork
def test_a_build_compiles_no_template_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of the helper: the process that parses the spec never compiles a template."""
    parent, compile_ = os.getpid(), Environment.compile
    compiled_here: list[str | None] = []

    def spy(self: Environment, source: Any, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        if os.getpid() == parent:
            compiled_here.append(name)
        return compile_(self, source, name, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", spy)
    monkeypatch.setattr(render, "_worker_count", lambda: 1)
    tree.build_tree(small_spec(), tmp_path, CORRECTIONS)
    assert compiled_here == []

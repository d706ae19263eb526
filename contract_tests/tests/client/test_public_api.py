"""The public surface (as httpx tests its own): ``dokploy`` and ``dokploy.types`` export
exactly what ``__all__`` lists, every listed name resolves, and models still load lazily.
"""

from __future__ import annotations

import subprocess
import sys
import types
import warnings

import pytest

import dokploy
import dokploy.types
import dokploy.versions
import dokploy_api.models
from dokploy_api.models.project import Project
from dokploy_api.types import UNSET, Unset, kept_as_received

PUBLIC = [dokploy, dokploy.types, dokploy.versions]
# Names a module needs for itself, not part of what it offers.
IMPLEMENTATION = {"TYPE_CHECKING", "Any", "annotations"}


@pytest.mark.parametrize("module", PUBLIC, ids=lambda m: m.__name__)
def test_all_lists_each_name_once(module: types.ModuleType) -> None:
    assert len(module.__all__) == len(set(module.__all__))


@pytest.mark.parametrize("module", PUBLIC, ids=lambda m: m.__name__)
def test_every_listed_name_resolves_and_dir_shows_it(module: types.ModuleType) -> None:
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    assert [n for n in dir(module) if not n.startswith("_")] == sorted(
        n for n in module.__all__ if not n.startswith("_")
    )


@pytest.mark.parametrize("module", PUBLIC, ids=lambda m: m.__name__)
def test_nothing_public_is_left_out_of_all(module: types.ModuleType) -> None:
    for name in module.__all__:
        getattr(module, name)  # resolve every lazy name first
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name not in IMPLEMENTATION
    }
    assert public - set(module.__all__) == set()


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Projct"):
        dokploy.types.Projct  # noqa: B018
    with pytest.raises(AttributeError, match="Dokplyo"):
        dokploy.Dokplyo  # noqa: B018


def test_types_are_the_objects_the_client_returns() -> None:
    assert dokploy.types.Project is Project
    assert dokploy.types.UNSET is UNSET
    assert dokploy.types.Unset is Unset
    assert set(dokploy_api.models.__all__) <= set(dokploy.types.__all__)
    parsed = Project.from_dict({"projectId": "p"})
    assert isinstance(parsed.name, dokploy.types.Unset)
    with pytest.warns(dokploy.types.ResponseShapeWarning):
        kept_as_received("Project.name", 5)


def test_a_strict_user_can_turn_shape_warnings_into_errors() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", dokploy.types.ResponseShapeWarning)
        with pytest.raises(dokploy.types.ResponseShapeWarning):
            kept_as_received("Project.name", 5)


def test_importing_types_loads_no_model_until_one_is_used() -> None:
    code = (
        "import sys, dokploy.types as t\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('dokploy_api.models.'))\n"
        "print(loaded()); t.Project; print(loaded())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before, after = out.splitlines()
    assert before == "[]"
    assert "'dokploy_api.models.project'" in after

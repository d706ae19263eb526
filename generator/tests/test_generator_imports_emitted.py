"""The templates import what a module's code uses, as ruff's isort would: ruff's import fix
then has nothing to do (it was most of ruff's time), and its lint still has the last word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import CORRECTIONS, GENERATED

from dokploy_codegen.build import formatting, import_lines
from dokploy_codegen.build import tree as build

CODE = '''
def parse(data: Any) -> list[Item] | Record:
    """Item in a docstring is no use."""
    # nor is Unused in a comment
    if isinstance(data, Record):
        return Record.from_dict(data)
    for item in data:
        from ...models.item import Item  # noqa: PLC0415
        Item.from_dict(item)
    return cast("list[Item]", kept_as_received("x", data))


def sync(*, client: SyncEngine, value: str | Unset = UNSET) -> None: ...
'''

CANDIDATES = [
    "from typing import Any, Literal, cast",
    "import json",
    "from ...client import AsyncEngine, SyncEngine",
    "from ...types import UNSET, RequestFiles, Unset, kept_as_received",
    "from ...models.item import Item",
    "from ...models.record import Record",
    "from ...models.unused import Unused",
]


def test_a_header_keeps_what_the_code_uses_and_moves_what_only_annotations_need() -> None:
    assert import_lines.header(CANDIDATES, CODE) == (
        "from typing import TYPE_CHECKING, Any, cast\n\n"
        "from ...models.record import Record\n"
        "from ...types import UNSET, Unset, kept_as_received\n\n"
        "if TYPE_CHECKING:\n"
        "    from ...client import SyncEngine\n"
        "    from ...models.item import Item"
    )


def test_statements_wrap_long_lines_and_keep_aliases_apart() -> None:
    long_name = "A" * 110
    lines = [f"from .m import {long_name}", "from .m import B as B", "from .m import c"]
    wrapped = f"from .m import (\n    {long_name},\n    c,\n)"
    assert import_lines.block(lines) == f"{wrapped}\nfrom .m import B as B"
    lines = ["from .b import X", "from ..a import Y", "from .a_10 import Z", "from .a_9 import W"]
    expected = ["from ..a import Y", "from .a_9 import W", "from .a_10 import Z", "from .b import X"]
    assert import_lines.block(lines) == "\n".join(expected)


def test_a_long_lazy_import_is_wrapped_where_ruff_puts_its_mark() -> None:
    line = "            from dokploy_api.models." + "m" * 60 + " import " + "N" * 50 + "  # noqa: PLC0415"
    assert import_lines.wrap_lazy_imports(f"x\n{line}\ny") == (
        "x\n            from dokploy_api.models." + "m" * 60 + " import (\n"
        "                " + "N" * 50 + ",  # noqa: PLC0415\n            )\ny"
    )


def test_no_generated_module_needs_ruffs_import_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three routers' worth of every module kind; a flagged module would still come out right,
    only slower, so this is the test that notices."""
    spec = json.loads((GENERATED / build.SPEC_FILE).read_text())
    routers = ("/application.", "/docker.")
    spec["paths"] = {path: item for path, item in spec["paths"].items() if path.startswith(routers)}
    flagged: list[list[str]] = []
    lint = formatting._modules_with_import_findings

    def recorded(ruff: str, package_dir: Path) -> list[str]:
        flagged.append(lint(ruff, package_dir))
        return flagged[-1]

    monkeypatch.setattr(formatting, "_modules_with_import_findings", recorded)
    build.build_tree(spec, tmp_path, CORRECTIONS)
    assert flagged == [[]]

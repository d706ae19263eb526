"""A type in this client is true: replay every recorded 200 body through the public client
and walk every attrs model in the result, at any depth.

- A field annotated always-present (no ``Unset`` in its type) is never ``UNSET``: the
  type checker's "this is there" holds for every real response.
- At least 95% of the fields that are present are annotated always-present: a type that
  marked everything optional would be true and useless.

Bodies come from the kit's cassettes (always in the repo) and from
``../shared/dokploy/recordings`` when it is there (skipped with the reason otherwise).
Other recordings of real Dokploy servers replay the same way: point ``RECORDINGS`` at them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
import httpx
from support import REPO_ROOT, SHARED, mock_client, shared_path

from dokploy import Dokploy
from dokploy_api.api import OPERATIONS
from dokploy_api.types import Unset
from dokploy_contract.schemas import interactions
from dokploy_contract.settings import newest_recorded_version

RECORDINGS = SHARED / "recordings"
CASSETTES = REPO_ROOT / "cassettes"


@dataclass(frozen=True)
class Body:
    where: str
    operation: str
    arguments: Any
    text: str


def recorded_bodies() -> Iterator[Body]:
    for path in sorted(RECORDINGS.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            r = json.loads(line)
            if r["status"] == 200 and r["operation"] in OPERATIONS and not isinstance(r["request_body"], str):
                args = r["query"] if r["method"] == "GET" else r["request_body"]
                yield Body(f"{path.name}:{r['seq']}", r["operation"], args, r["body_text"])


def cassette_bodies() -> Iterator[Body]:
    version = newest_recorded_version(CASSETTES)
    if version is None:
        return
    for item in interactions(CASSETTES / version):
        if item.status != 200 or item.operation is None:
            continue
        text = json.dumps(item.response_json) if item.response_has_json else item.response_text
        args = dict(item.query) if item.method == "GET" else item.request_json
        yield Body(item.where, item.operation, args, text)


@dataclass
class Tally:
    """Fields seen in parsed models: present/absent, and how each is annotated."""

    present_required: int = 0
    present_optional: int = 0
    lies: list[str] = field(default_factory=list)
    operations: set[str] = field(default_factory=set)

    @property
    def present(self) -> int:
        return self.present_required + self.present_optional

    def share(self) -> float:
        return self.present_required / self.present if self.present else 1.0


_ALWAYS_PRESENT: dict[type, dict[str, bool]] = {}


def _always_present(cls: type) -> dict[str, bool]:
    """Field name -> annotated without ``Unset`` (what mypy/pyright treat as always there)."""
    if cls not in _ALWAYS_PRESENT:
        fields = attrs.fields(cls)
        _ALWAYS_PRESENT[cls] = {
            f.name: "Unset" not in str(f.type) for f in fields if f.name != "additional_properties"
        }
    return _ALWAYS_PRESENT[cls]


def walk(value: Any, tally: Tally, where: str) -> None:
    if isinstance(value, list):
        for i, item in enumerate(value):
            walk(item, tally, f"{where}[{i}]")
        return
    if not attrs.has(type(value)):
        return
    for name, required in _always_present(type(value)).items():
        sub = getattr(value, name)
        if isinstance(sub, Unset):
            if required:
                tally.lies.append(f"{where}.{name} ({type(value).__name__}) is declared always-present")
            continue
        if required:
            tally.present_required += 1
        else:
            tally.present_optional += 1
        walk(sub, tally, f"{where}.{name}")


def replay(bodies: list[Body]) -> Tally:
    tally = Tally()
    for body in bodies:

        def answer(request: httpx.Request, text: str = body.text) -> httpx.Response:
            return httpx.Response(200, content=text.encode(), headers={"content-type": "application/json"})

        client: Dokploy = mock_client(answer, max_retries=0)
        result = client.call(body.operation, body.arguments)
        tally.operations.add(body.operation)
        walk(result, tally, f"{body.where} {body.operation}")
    return tally


def _check(tally: Tally, label: str) -> None:
    print(
        f"\n{label}: {len(tally.operations)} operations; present fields {tally.present}, "
        f"typed always-present {tally.present_required} ({tally.share():.2%}); "
        f"declared always-present but absent: {len(tally.lies)}"
    )
    assert not tally.lies, "\n".join(tally.lies[:30])
    assert tally.share() >= 0.95


def test_cassette_bodies_have_true_types() -> None:
    bodies = list(cassette_bodies())
    assert len(bodies) > 100, "the kit's cassettes hold the 200s this test replays"
    _check(replay(bodies), "cassettes")


def test_recorded_bodies_have_true_types() -> None:
    shared_path("recordings")
    _check(replay(list(recorded_bodies())), "recordings")


def test_a_partial_row_is_typed_partial() -> None:
    """project.all's mariadb rows: an owner gets only the id, so ``name`` may be absent and
    says so; environment.one's compose rows are 8 columns, not environment.one's full rows."""
    from dokploy_api.models import EnvironmentOneCompose, ProjectAllEnvironmentMariadb

    annotations = {f.name: str(f.type) for f in attrs.fields(ProjectAllEnvironmentMariadb)}
    assert annotations["mariadb_id"] == "str"
    assert annotations["name"] == "str | Unset"
    assert "app_name" not in annotations
    assert len([f for f in attrs.fields(EnvironmentOneCompose) if f.name != "additional_properties"]) == 8


def test_walk_catches_a_lie() -> None:
    """The walker itself: a model declaring a field always-present that is UNSET is counted."""
    from dokploy_api.models import ProjectAllEnvironmentMariadb

    row = ProjectAllEnvironmentMariadb.from_dict({"name": "db"})
    tally = Tally()
    walk([row], tally, "x")
    assert [lie.split()[0] for lie in tally.lies] == ["x[0].mariadb_id"]
    assert (tally.present_required, tally.present_optional) == (0, 1)


def _as_json(result: Any) -> Any:
    if isinstance(result, list):
        return [_as_json(item) for item in result]
    return result.to_dict() if hasattr(result, "to_dict") else result


def test_cassette_bodies_round_trip_exactly() -> None:
    for body in cassette_bodies():
        if not body.text.strip():
            continue

        def answer(request: httpx.Request, text: str = body.text) -> httpx.Response:
            return httpx.Response(200, content=text.encode(), headers={"content-type": "application/json"})

        result = mock_client(answer, max_retries=0).call(body.operation, body.arguments)
        assert _as_json(result) == json.loads(body.text), body.where


# ---------------------------------------------------------------- model names


def test_names_follow_the_documented_rule() -> None:
    """project.one -> Project; project.all -> list[ProjectAllItem] whose environments are
    ProjectAllEnvironment and their compose rows ProjectAllEnvironmentCompose; shared
    shapes take the first name (``deployment.all`` before ``deployment.allByCompose``)."""
    from dokploy_api.api.deployment import deployment_all_by_compose
    from dokploy_api.api.environment import environment_one
    from dokploy_api.api.project import project_all, project_one

    assert project_one.parse.__annotations__["return"] == "Project"
    assert project_all.parse.__annotations__["return"] == "list[ProjectAllItem]"
    assert environment_one.parse.__annotations__["return"] == "Environment"
    assert deployment_all_by_compose.parse.__annotations__["return"] == "list[DeploymentAllItem]"
    from dokploy_api.models import Environment, ProjectAllEnvironment, ProjectAllItem

    hints = {f.name: str(f.type) for f in attrs.fields(ProjectAllItem)}
    assert "ProjectAllEnvironment" in hints["environments"]
    assert (
        "ProjectAllEnvironmentCompose"
        in {f.name: str(f.type) for f in attrs.fields(ProjectAllEnvironment)}["compose"]
    )
    assert "EnvironmentOneCompose" in {f.name: str(f.type) for f in attrs.fields(Environment)}["compose"]


def test_naming_is_structural_and_deterministic() -> None:
    from dokploy_codegen.build.response_models import name_models

    row = {
        "type": "object",
        "properties": {"applicationId": {"type": "string"}, "status": {"type": "string", "enum": ["a", "b"]}},
        "required": ["applicationId"],
        "x-dokploy-table": "application",
    }
    partial = {
        "type": "object",
        "properties": {"applicationId": {"type": "string"}},
        "required": ["applicationId"],
    }
    ops = {
        "application.one": row,
        "application.update": row,
        "project.all": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "applications": {"type": "array", "items": {**partial, "x-dokploy-table": "application"}}
                },
            },
        },
    }
    first = name_models(ops, set())
    assert first == name_models(dict(reversed(list(ops.items()))), set())  # order of input: no effect
    refs, models = first
    assert (
        refs["application.one"] == refs["application.update"] == {"$ref": "#/components/schemas/Application"}
    )
    assert set(models) == {"Application", "ApplicationStatus", "ProjectAllItem", "ProjectAllApplication"}
    assert models["ProjectAllApplication"]["required"] == ["applicationId"]
    # a name taken by another component (a request body, a hand-written schema) is not reused
    refs, again = name_models(ops, {"Application"})
    assert "Application" not in again and refs["application.one"] == {
        "$ref": "#/components/schemas/ApplicationOneResult"
    }


def test_mypy_catches_using_a_field_a_partial_row_may_lack(mypy: list[str], tmp_path: Path) -> None:
    """project.all's database rows carry a few columns, and an owner's only the id: mypy
    must refuse ``.name.upper()`` there, and accept it after checking for Unset."""
    import subprocess

    code = tmp_path / "partial.py"
    code.write_text(
        "from dokploy import Dokploy\n"
        "from dokploy_api.types import Unset\n"
        "def f(client: Dokploy) -> str:\n"
        "    row = client.project.all()[0].environments[0].mariadb[0]\n"
        "    bad = row.name.upper()\n"
        "    ok = row.mariadb_id.upper()\n"
        "    full = client.mariadb.one(mariadb_id=ok).app_name.upper()\n"
        "    return bad + ok + full + ('' if isinstance(row.name, Unset) else row.name)\n"
    )
    result = subprocess.run(
        [*mypy, str(code)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(lines) == 1 and "partial.py:5:" in lines[0], result.stdout


def test_shapes_are_never_merged_because_they_share_keys() -> None:
    """settings.readDirectories' tree nodes have ``id`` and ``name`` like an organization: they
    stay their own recursive model, and Organization gains nothing from them."""
    from dokploy_api.models import Organization, SettingsReadDirectoriesItem

    tree = {f.name: str(f.type) for f in attrs.fields(SettingsReadDirectoriesItem)}
    assert tree["children"] == "list[SettingsReadDirectoriesItem] | Unset"
    org = {f.name for f in attrs.fields(Organization)}
    assert not {"children", "type_"} & org

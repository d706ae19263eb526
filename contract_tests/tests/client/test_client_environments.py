"""environmentId resolution: project_id / Project / environment= name, over recorded projects."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from fakes import FakeDokploy, recorded

from dokploy import ConfigurationError, EnvironmentNotFound
from dokploy_api.models.project import Project

ENV = {"environmentId": "env", "name": "production", "applications": [], "compose": [], "postgres": []}


def _default_id(project: dict[str, Any]) -> str:
    return next(e["environmentId"] for e in project["environments"] if e["isDefault"])


def test_project_id_resolves_to_default_environment(project: dict[str, Any]) -> None:
    created = recorded("application.create")
    fake = (
        FakeDokploy().on("project.one", project).on("application.create", created).on("environment.one", ENV)
    )
    app = fake.client().application.create(name="web-a", project_id=project["projectId"])
    assert app.application_id == created["applicationId"]
    assert fake.sent("project.one") == [{"projectId": project["projectId"]}]
    assert fake.sent("application.create") == [{"name": "web-a", "environmentId": _default_id(project)}]


def test_environment_name_picks_that_environment(project: dict[str, Any]) -> None:
    project["environments"].append(
        {**project["environments"][0], "name": "staging", "environmentId": "env-staging", "isDefault": False}
    )
    fake = FakeDokploy().on("project.one", project).on("compose.create", recorded("compose.create"))
    fake.on("environment.one", ENV)
    fake.client().compose.create(name="s", project_id=project["projectId"], environment="staging")
    assert fake.sent("compose.create")[0]["environmentId"] == "env-staging"


def test_unknown_environment_name_lists_available(project: dict[str, Any]) -> None:
    fake = FakeDokploy().on("project.one", project)
    with pytest.raises(EnvironmentNotFound) as info:
        fake.client().application.create(name="x", project_id="p", environment="nope")
    names = [e["name"] for e in project["environments"]]
    assert info.value.available == names and info.value.wanted == "nope"
    assert all(repr(n) in str(info.value) for n in names)
    assert "application.create" not in fake.ops()  # nothing was created


def test_no_default_falls_back_to_production_then_fails(project: dict[str, Any]) -> None:
    for env in project["environments"]:
        env["isDefault"] = False
    prod = project["environments"][0]
    prod["name"] = "production"
    fake = FakeDokploy().on("project.one", project)
    assert fake.client().project.environment("p").environment_id == prod["environmentId"]

    prod["name"] = "main"
    fake = FakeDokploy().on("project.one", project)
    with pytest.raises(EnvironmentNotFound) as info:
        fake.client().project.environment("p")
    assert "no default environment" in str(info.value)
    assert "'main'" in str(info.value)


def test_project_object_with_environments_needs_no_lookup(project: dict[str, Any]) -> None:
    obj = Project.from_dict(project)
    fake = FakeDokploy().on("postgres.create", recorded("postgres.create")).on("environment.one", ENV)
    fake.client().postgres.create(
        name="pg", project_id=obj, database_name="d", database_user="u", database_password="p"
    )
    assert fake.ops() == ["environment.one", "postgres.create"]  # no project.one
    assert fake.sent("postgres.create")[0]["environmentId"] == _default_id(project)


def test_environment_id_passes_through_and_conflicts_are_refused() -> None:
    fake = FakeDokploy().on("application.create", recorded("application.create")).on("environment.one", ENV)
    client = fake.client()
    client.application.create(name="a", environment_id="env-1")
    assert fake.ops() == ["environment.one", "application.create"]
    with pytest.raises(ConfigurationError):
        client.application.create(name="a", environment_id="env-1", project_id="p")
    with pytest.raises(ConfigurationError):
        client.application.create(name="a")


def test_projects_create_returns_project_and_default_environment() -> None:
    body = recorded("project.create", file="02-projects.jsonl")
    fake = FakeDokploy().on("project.create", body)
    result = fake.client().project.create(name="corpus-a-main", description="d")
    assert result.project.project_id == body["project"]["projectId"]
    assert result.environment.environment_id == body["environment"]["environmentId"]
    assert result.environment.is_default is True
    assert fake.sent("project.create") == [{"name": "corpus-a-main", "description": "d"}]


def test_async_resolution(project: dict[str, Any]) -> None:
    fake = FakeDokploy().on("project.one", project).on("application.create", recorded("application.create"))
    fake.on("environment.one", ENV)

    async def main() -> None:
        async with fake.async_client() as client:
            await client.application.create(name="w", project_id="p")
            with pytest.raises(EnvironmentNotFound):
                await client.project.environment("p", "nope")

    asyncio.run(main())
    assert fake.sent("application.create")[0]["environmentId"] == _default_id(project)


def test_project_summary_from_overview_is_accepted(project: dict[str, Any]) -> None:
    """Anything with a string ``project_id`` (``ProjectSummary``) is a project, not ``str(obj)``."""
    fake = FakeDokploy().on("project.all", [project]).on("project.one", project)
    fake.on("application.create", recorded("application.create")).on("environment.one", ENV)
    client = fake.client()
    (summary,) = client.project.overview()
    client.application.create(name="a", project_id=summary)  # its environments are listed
    assert fake.sent("application.create")[-1]["environmentId"] == _default_id(project)
    client.application.create(name="b", project_id=SimpleNamespace(project_id=project["projectId"]))
    assert fake.sent("project.one") == [{"projectId": project["projectId"]}]
    assert fake.sent("application.create")[-1]["environmentId"] == _default_id(project)
    assert client.project.environment(summary).environment_id == _default_id(project)


@pytest.mark.parametrize("bad", [42, SimpleNamespace(project_id=7), SimpleNamespace(name="p")])
def test_project_id_of_another_kind_is_a_type_error(bad: object) -> None:
    fake = FakeDokploy()
    with pytest.raises(TypeError, match="project_id= takes a project id"):
        fake.client().application.create(name="a", project_id=bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="project_id= takes a project id"):
        fake.client().project.environment(bad)  # type: ignore[arg-type]
    assert fake.ops() == []

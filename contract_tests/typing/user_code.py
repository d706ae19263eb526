"""User code that must type-check under ``mypy --strict`` (checked by test_client_typing)."""

from __future__ import annotations

import warnings
from typing import assert_type

from dokploy import AsyncDokploy, Dokploy, ProjectSummary, parse_env_block
from dokploy.types import (
    UNSET,
    ApplicationCreateResult,
    DeploymentAllItem,
    Postgres,
    Project,
    ProjectCreateResult,
    ProjectOneEnvironment,
    Redirect,
    Redis,
    ResponseShapeWarning,
    Unset,
)


def description_or_empty(project: Project) -> str:
    """An optional field narrows on ``Unset`` (and ``None``) like any union."""
    value: str | Unset | None = project.description
    return "" if isinstance(value, Unset) or value is None else value


def strict_shapes() -> None:
    warnings.simplefilter("error", ResponseShapeWarning)
    assert UNSET is not None


def deploy_if(client: Dokploy, app_id: str, flag: bool) -> str | None:
    """``wait=`` given a plain bool: the result is the DeploymentAllItem or None."""
    result = client.applications.deploy(app_id, wait=flag)
    assert_type(result, DeploymentAllItem | None)
    assert_type(client.composes.deploy("c", wait=flag), DeploymentAllItem | None)
    assert_type(client.databases("postgres").deploy("pg", wait=flag), Postgres | None)
    return None if result is None else result.deployment_id


def sync_usage(client: Dokploy, x: str) -> str:
    p = client.project.one(project_id=x)
    env_id: str = p.environments[0].environment_id
    created = client.project.create(name="shop", description="demo")
    assert_type(created, ProjectCreateResult)
    assert_type(client.project.environment(p, "staging"), ProjectOneEnvironment)
    app = client.applications.create(name="web", project_id=p)
    assert_type(app, ApplicationCreateResult)
    assert_type(client.applications.deploy(app.application_id, wait=True, timeout=60), DeploymentAllItem)
    assert_type(client.applications.deploy(app.application_id), None)
    assert_type(client.composes.services("c"), list[str])
    pg = client.databases("postgres").one("pg")
    assert_type(pg, Postgres)
    redirect = client.records.create_redirect(
        application_id=app.application_id, regex="^/a", replacement="/b", permanent=False
    )
    assert_type(redirect, Redirect)
    tree: list[ProjectSummary] = client.project.overview()
    for project in tree:
        for env in project.environments:
            for service in env.services:
                print(service.type, service.id, service.status)
    saved: bool = client.applications.save_environment(app.application_id, {"A": "1"})
    assert saved
    return env_id + str(dict(parse_env_block("A=1")))


def readme_deploy_and_wait(client: Dokploy, app_id: str) -> None:
    """README "Deploy an existing application and wait", as it is."""
    from dokploy import DeploymentFailed, DeploymentTimeout

    try:
        deployment = client.applications.deploy(app_id, wait=True, timeout=900)
        print("done:", deployment.deployment_id)
    except DeploymentFailed as failed:
        print("failed:", failed.deployment_id, failed.status, failed.log_path)
        if failed.deployment_id is not None:  # None only for databases: no deployment record
            print(client.deployment.read_logs(deployment_id=failed.deployment_id, tail=50))
    except DeploymentTimeout as slow:
        print("still running on the server:", slow.deployment_id)


def fault_errors(client: Dokploy) -> str | None:
    from dokploy import RedirectError, UnexpectedResponseError

    try:
        client.project.all()
    except RedirectError as moved:
        return moved.location
    except UnexpectedResponseError as broken:
        return str(broken.status_code)
    return None


async def async_usage(client: AsyncDokploy, x: str) -> str:
    p = await client.project.one(project_id=x)
    deployment = await client.applications.deploy("app", wait=True)
    assert_type(deployment, DeploymentAllItem)
    assert_type(await client.databases("redis").deploy("r", wait=True), Redis)
    assert_type(await client.databases("redis").deploy("r"), None)
    flag = bool(x)
    assert_type(await client.applications.deploy("app", wait=flag), DeploymentAllItem | None)
    assert_type(await client.composes.deploy("c", wait=flag), DeploymentAllItem | None)
    assert_type(await client.databases("redis").deploy("r", wait=flag), Redis | None)
    return p.environments[0].environment_id

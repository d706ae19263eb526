"""User code that must type-check under ``mypy --strict`` (checked by test_client_typing)."""

from __future__ import annotations

from typing import assert_type

from dokploy import AsyncDokploy, Dokploy, ProjectSummary, parse_env_block
from dokploy_api.models.application import Application
from dokploy_api.models.deployment import Deployment
from dokploy_api.models.environment import Environment
from dokploy_api.models.postgres import Postgres
from dokploy_api.models.project_create_result import ProjectCreateResult
from dokploy_api.models.redirect import Redirect
from dokploy_api.models.redis import Redis


def sync_usage(client: Dokploy, x: str) -> str:
    p = client.project.one(project_id=x)
    env_id: str = p.environments[0].environment_id
    created = client.projects.create(name="shop", description="demo")
    assert_type(created, ProjectCreateResult)
    assert_type(client.projects.environment(p, "staging"), Environment)
    app = client.applications.create(name="web", project_id=p)
    assert_type(app, Application)
    assert_type(client.applications.deploy(app.application_id, wait=True, timeout=60), Deployment)
    assert_type(client.applications.deploy(app.application_id), None)
    assert_type(client.composes.services("c"), list[str])
    pg = client.databases("postgres").one("pg")
    assert_type(pg, Postgres)
    redirect = client.records.create_redirect(
        application_id=app.application_id, regex="^/a", replacement="/b", permanent=False
    )
    assert_type(redirect, Redirect)
    tree: list[ProjectSummary] = client.overview()
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
    assert_type(deployment, Deployment)
    assert_type(await client.databases("redis").deploy("r", wait=True), Redis)
    assert_type(await client.databases("redis").deploy("r"), None)
    return p.environments[0].environment_id

"""User code that must type-check under ``mypy --strict`` (checked by test_client_typing)."""

from __future__ import annotations

import warnings
from typing import assert_type

from dokploy import AsyncDokploy, Dokploy, ProjectSummary, parse_env_block
from dokploy.types import (
    UNSET,
    ApplicationCreateResult,
    ComposeCreateResult,
    ComposeDeployResult,
    DeploymentAllItem,
    Libsql,
    Mariadb,
    Mongo,
    Mysql,
    Postgres,
    PostgresCreateResult,
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


def sync_usage(client: Dokploy, x: str, flag: bool) -> str:
    """Every helper on ``Dokploy``, with the type it answers."""
    p = client.project.one(project_id=x)
    env_id: str = p.environments[0].environment_id
    created = client.project.create(name="shop", description="demo")
    assert_type(created, ProjectCreateResult)
    assert_type(client.project.environment(p, "staging"), ProjectOneEnvironment)
    assert_type(client.project.environment(x), ProjectOneEnvironment)
    tree: list[ProjectSummary] = client.project.overview()
    for project in tree:
        for env in project.environments:
            for service in env.services:
                print(service.type, service.id, service.status)
    app = client.application.create(name="web", project_id=p)
    assert_type(app, ApplicationCreateResult)
    assert_type(client.application.create(name="web", environment_id=env_id), ApplicationCreateResult)
    assert_type(client.application.deploy(app.application_id, wait=True, timeout=60), DeploymentAllItem)
    assert_type(client.application.deploy(app.application_id), bool | None)
    assert_type(client.application.deploy(app.application_id, wait=False, title="t"), bool | None)
    assert_type(client.application.deploy(application_id=app.application_id), bool | None)  # as generated
    assert_type(client.application.deploy(app.application_id, wait=flag), bool | None | DeploymentAllItem)
    assert_type(client.application.deployments(app.application_id), list[DeploymentAllItem])
    saved: bool = client.application.save_environment(app.application_id, {"A": "1"})
    assert saved
    assert_type(client.application.save_environment(app.application_id, "A=1", merge=True), bool)
    stack = client.compose.create(name="stack", project_id=tree[0], source_type="raw")
    assert_type(stack, ComposeCreateResult)
    assert_type(client.compose.deploy(stack.compose_id, wait=True), DeploymentAllItem)
    assert_type(client.compose.deploy(stack.compose_id), bool | ComposeDeployResult)
    queued_or_done = client.compose.deploy(stack.compose_id, wait=flag, title="t")
    assert_type(queued_or_done, bool | ComposeDeployResult | DeploymentAllItem)
    assert_type(client.compose.deployments(stack.compose_id), list[DeploymentAllItem])
    assert_type(client.compose.save_environment(stack.compose_id, {"A": "1"}, merge=True), bool)
    assert_type(client.compose.services(stack.compose_id, refresh=True), list[str])
    db = client.postgres.create(
        name="db", project_id=p, database_name="d", database_user="u", database_password="pw"
    )
    assert_type(db, PostgresCreateResult)
    assert_type(client.postgres.deploy(db.postgres_id, wait=True, timeout=300), Postgres)
    assert_type(client.postgres.deploy(db.postgres_id, wait=flag), Postgres)
    assert_type(client.postgres.deploy(postgres_id=db.postgres_id), Postgres)
    assert_type(client.postgres.save_environment(db.postgres_id, {"A": "1"}, merge=True), bool)
    assert_type(client.postgres.one(postgres_id=db.postgres_id), Postgres)
    assert_type(client.mysql.deploy("m", wait=True), Mysql)
    assert_type(client.mariadb.deploy("m", wait=flag), Mariadb)
    assert_type(client.mongo.deploy("m"), Mongo)
    assert_type(client.redis.save_environment(redis_id="r", env="A=1"), bool)
    assert_type(client.libsql.deploy("l", wait=True), Libsql)
    assert_type(client.libsql.save_environment("l", {"A": "1"}), bool)
    redirect = client.redirects.create(
        application_id=app.application_id, regex="^/a", replacement="/b", permanent=False
    )
    assert_type(redirect, Redirect)
    return env_id + str(dict(parse_env_block("A=1")))


def database_create_checks_its_keywords(client: Dokploy) -> None:
    """A database create takes its own type's fields: redis has no database name, and mypy
    says so (the ignore is needed: ``--strict`` would report it unused)."""
    client.redis.create(name="cache", project_id="p", database_password="pw", database_name="d")  # type: ignore[call-arg]


def readme_deploy_and_wait(client: Dokploy, app_id: str) -> None:
    """README "Deploy an existing application and wait", as it is."""
    from dokploy import DeploymentFailed, DeploymentTimeout

    try:
        deployment = client.application.deploy(app_id, wait=True, timeout=900)
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


async def async_usage(client: AsyncDokploy, x: str, flag: bool) -> str:
    """The same helpers on ``AsyncDokploy``: one definition, awaited."""
    p = await client.project.one(project_id=x)
    assert_type(await client.project.environment(p), ProjectOneEnvironment)
    assert_type(await client.project.overview(), list[ProjectSummary])
    app = await client.application.create(name="web", project_id=p)
    assert_type(app, ApplicationCreateResult)
    deployment = await client.application.deploy("app", wait=True)
    assert_type(deployment, DeploymentAllItem)
    assert_type(await client.application.deploy("app"), bool | None)
    assert_type(await client.application.deploy("app", wait=flag), bool | None | DeploymentAllItem)
    assert_type(await client.compose.deploy("c", wait=flag), bool | ComposeDeployResult | DeploymentAllItem)
    assert_type(await client.application.save_environment("app", {"A": "1"}), bool)
    assert_type(await client.compose.services("c"), list[str])
    assert_type(await client.redis.deploy("r", wait=True), Redis)
    assert_type(await client.redis.deploy("r", wait=flag), Redis)
    assert_type(await client.redis.deploy(redis_id="r"), Redis)
    return p.environments[0].environment_id

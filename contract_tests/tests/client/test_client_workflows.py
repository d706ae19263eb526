"""The seed's workflows through the hand-written helpers, against cassettes.

Recorded from a real Dokploy v0.30.2 without a Docker engine: deploys are
queued, then fail at build, so "deploy and wait" ends in ``DeploymentFailed``
here, which is exactly the behaviour worth pinning. Ids always come from the
responses, so replay works with whatever was recorded.

    pytest --dokploy-mode=record contract_tests/tests/client/test_client_workflows.py
"""

from __future__ import annotations

import pytest

from dokploy import DeploymentFailed, Dokploy, EnvironmentNotFound, parse_env_block
from dokploy._compat import has
from dokploy_api.models.project_create_result import ProjectCreateResult
from dokploy_contract.resources import Throwaway, ThrowawayProject
from dokploy_contract.session import Scope

WAIT = {"timeout": 60.0, "poll_interval": 0.2}


@pytest.fixture(autouse=True)
def _deterministic_deploy_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default deploy title is random; the cassette matcher compares bodies, so the
    title is numbered per test instead (still unique per call: each test has fresh apps)."""
    from itertools import count

    from dokploy import _deploy

    numbers = count(1)
    monkeypatch.setattr(_deploy, "default_title", lambda: f"dokploy-python test-{next(numbers)}")


def _env_view(text: str | None, mode: str) -> list[str]:
    """The env block's lines; in replay values are scrubbed in the cassette, so names only."""
    lines = (text or "").split("\n")
    return [line.split("=", 1)[0] for line in lines] if mode == "replay" else lines


COMPOSE_FILE = "services:\n  web:\n    image: nginx:alpine\n  cache:\n    image: redis:7\n"


def _docker_app(client: Dokploy, project: ThrowawayProject, name: str) -> str:
    app = client.application.create(name=name, project_id=project.project_id)
    client.application.save_docker_provider(
        application_id=app.application_id,
        docker_image="nginx:alpine",
        username=None,
        password=None,
        registry_url=None,
    )
    return app.application_id


def test_list_all_projects_with_their_resources(
    dokploy: Dokploy, dokploy_scope: Scope, throwaway_project: ThrowawayProject
) -> None:
    app = dokploy.application.create(name=dokploy_scope.name("web"), project_id=throwaway_project.project_id)
    tree = dokploy.project.overview()
    ours = next(p for p in tree if p.project_id == throwaway_project.project_id)
    (env,) = ours.environments
    assert env.is_default and env.environment_id == throwaway_project.environment_id
    assert [(a.id, a.name, a.status) for a in env.applications] == [(app.application_id, app.name, "idle")]


def test_deploy_an_existing_application_and_wait(
    dokploy: Dokploy, dokploy_scope: Scope, throwaway_project: ThrowawayProject
) -> None:
    app_id = _docker_app(dokploy, throwaway_project, dokploy_scope.name("web"))
    with pytest.raises(DeploymentFailed) as first:
        dokploy.application.deploy(app_id, wait=True, **WAIT)
    assert first.value.status == "error" and first.value.log_path
    # The first deployment has already finished; the second wait must find a new one.
    with pytest.raises(DeploymentFailed) as second:
        dokploy.application.deploy(app_id, wait=True, title="second", **WAIT)
    assert second.value.deployment_id != first.value.deployment_id
    listed = [d.deployment_id for d in dokploy.application.deployments(app_id)]
    assert listed[:2] == [second.value.deployment_id, first.value.deployment_id]
    assert dokploy.application.deploy(application_id=app_id) is None  # no wait: returns at once


def test_create_an_application_in_an_existing_project(
    dokploy: Dokploy, dokploy_scope: Scope, throwaway_project: ThrowawayProject
) -> None:
    app = dokploy.application.create(name=dokploy_scope.name("api"), project_id=throwaway_project.project_id)
    assert app.environment_id == throwaway_project.environment_id
    with pytest.raises(EnvironmentNotFound) as info:
        dokploy.application.create(
            name=dokploy_scope.name("x"), project_id=throwaway_project.project_id, environment="staging"
        )
    assert info.value.available == ["production"]


def test_full_project_from_scratch(
    dokploy: Dokploy, dokploy_scope: Scope, dokploy_throwaway: Throwaway, dokploy_mode: str
) -> None:
    created = dokploy.project.create(name=dokploy_scope.name("shop"), description="from scratch")
    project_id = created.project.project_id
    dokploy_throwaway.defer("project shop", lambda: dokploy.project.remove(project_id=project_id))
    assert created.environment.is_default and created.environment.name == "production"

    app_id = _docker_app(dokploy, throwaway_project_of(created), dokploy_scope.name("web"))
    pg = dokploy.postgres.create(
        name=dokploy_scope.name("db"),
        project_id=created.project,
        database_name="shop",
        database_user="shop",
        database_password="shop-password-1",
    )
    assert pg.environment_id == created.environment.environment_id
    domain = dokploy.domain.create(
        host=f"{dokploy_scope.prefix}shop.example.com",
        application_id=app_id,
        port=80,
        https=False,
        domain_type="application",
    )
    assert domain.application_id == app_id
    url = f"postgres://shop:shop-password-1@{pg.app_name}:5432/shop"
    assert dokploy.application.save_environment(app_id, {"DATABASE_URL": url, "PORT": "80"})
    stored = dokploy.application.one(application_id=app_id).env
    assert list(parse_env_block(stored)) == ["DATABASE_URL", "PORT"]
    assert _env_view(stored, dokploy_mode) == _env_view(f"DATABASE_URL={url}\nPORT=80", dokploy_mode)
    with pytest.raises(DeploymentFailed):
        dokploy.application.deploy(app_id, wait=True, **WAIT)


def throwaway_project_of(created: ProjectCreateResult) -> ThrowawayProject:
    return ThrowawayProject(project=created.project.to_dict(), environment=created.environment.to_dict())


def test_deployment_status_for_application_and_compose(
    dokploy: Dokploy, dokploy_scope: Scope, throwaway_project: ThrowawayProject
) -> None:
    app_id = _docker_app(dokploy, throwaway_project, dokploy_scope.name("web"))
    compose = dokploy.compose.create(
        name=dokploy_scope.name("stack"),
        project_id=throwaway_project.project_id,
        source_type="raw",
        compose_file=COMPOSE_FILE,
    )
    assert dokploy.application.deployments(app_id) == []
    for deploy in (
        lambda: dokploy.application.deploy(app_id, wait=True, **WAIT),
        lambda: dokploy.compose.deploy(compose.compose_id, wait=True, **WAIT),
    ):
        with pytest.raises(DeploymentFailed):
            deploy()
    (app_dep,) = dokploy.application.deployments(app_id)
    (compose_dep,) = dokploy.compose.deployments(compose.compose_id)
    assert str(app_dep.status) == "error" and app_dep.application_id == app_id
    assert str(compose_dep.status) == "error" and compose_dep.compose_id == compose.compose_id


def test_set_environment_variables(
    dokploy: Dokploy, dokploy_scope: Scope, throwaway_project: ThrowawayProject, dokploy_mode: str
) -> None:
    app = dokploy.application.create(name=dokploy_scope.name("web"), project_id=throwaway_project.project_id)
    block = "# settings\nNODE_ENV=production\nGREETING='hello # world'"
    assert dokploy.application.save_environment(app.application_id, block, build_args={"NODE": "20"})
    assert dokploy.application.save_environment(app.application_id, {"PORT": "3000"}, merge=True)
    stored = dokploy.application.one(application_id=app.application_id)
    assert _env_view(stored.env, dokploy_mode) == _env_view(block + "\nPORT=3000", dokploy_mode)
    assert list(parse_env_block(stored.env)) == ["NODE_ENV", "GREETING", "PORT"]
    # buildArgs was kept by the merge, which did not mention it.
    assert _env_view(stored.build_args, dokploy_mode) == _env_view("NODE=20", dokploy_mode)
    if dokploy_mode != "replay":
        assert dict(parse_env_block(stored.env))["GREETING"] == "hello # world"


def test_domains_create_read_update_delete(
    dokploy: Dokploy, dokploy_scope: Scope, throwaway_project: ThrowawayProject
) -> None:
    app = dokploy.application.create(name=dokploy_scope.name("web"), project_id=throwaway_project.project_id)
    host = f"{dokploy_scope.prefix}web.example.com"
    domain = dokploy.domain.create(
        host=host,
        application_id=app.application_id,
        port=3000,
        https=False,
        domain_type="application",
    )
    assert dokploy.domain.one(domain_id=domain.domain_id).host == host
    updated = dokploy.domain.update(domain_id=domain.domain_id, host=f"{dokploy_scope.prefix}www.example.com")
    assert updated.host == f"{dokploy_scope.prefix}www.example.com"
    assert [d.domain_id for d in dokploy.domain.by_application_id(application_id=app.application_id)] == [
        domain.domain_id
    ]
    dokploy.domain.delete(domain_id=domain.domain_id)
    assert dokploy.domain.by_application_id(application_id=app.application_id) == []


def test_compose_create_deploy_and_list_services(
    dokploy: Dokploy, dokploy_scope: Scope, throwaway_project: ThrowawayProject
) -> None:
    compose = dokploy.compose.create(
        name=dokploy_scope.name("stack"),
        project_id=throwaway_project.project_id,
        source_type="raw",
        compose_file=COMPOSE_FILE,
    )
    assert sorted(dokploy.compose.services(compose.compose_id)) == ["cache", "web"]
    assert dokploy.compose.save_environment(compose.compose_id, {"TAG": "7"})
    with pytest.raises(DeploymentFailed) as info:
        dokploy.compose.deploy(compose.compose_id, wait=True, **WAIT)
    assert info.value.deployment_id == dokploy.compose.deployments(compose.compose_id)[0].deployment_id


def test_list_servers(dokploy: Dokploy) -> None:
    servers = dokploy.server.all()
    assert all(s.server_id and s.name for s in servers)


def test_creates_answering_true_return_their_record(
    dokploy: Dokploy, dokploy_scope: Scope, throwaway_project: ThrowawayProject
) -> None:
    app = dokploy.application.create(name=dokploy_scope.name("web"), project_id=throwaway_project.project_id)
    redirect = dokploy.redirects.create(
        application_id=app.application_id, regex="^/old(.*)", replacement="/new$1", permanent=True
    )
    assert (redirect.regex, redirect.application_id) == ("^/old(.*)", app.application_id)

    # libsql.create answers ``true``: its generated method finds and returns the record.
    if not has("libsql.create"):
        pytest.skip("this client was generated for a Dokploy without libsql (before v0.29)")
    libsql = dokploy.libsql.create(
        name=dokploy_scope.name("lib"),
        environment_id=throwaway_project.environment_id,
        app_name=dokploy_scope.name("lib"),
        description=None,
        database_user="sqld",
        database_password="libsql-password-1",
        sqld_node="primary",
        sqld_primary_url=None,
        server_id=None,
    )
    assert libsql.name == dokploy_scope.name("lib")
    assert libsql.environment_id == throwaway_project.environment_id

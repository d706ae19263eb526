"""Contract check 4: the seed's workflows end to end, as raw operations.

Recorded against a real Dokploy (no Docker engine there: deployments are
accepted, then fail at build time, which is what these tests assert). Ids are
always taken from responses, so replay works with whatever ids were recorded.
"""

from __future__ import annotations

from typing import Any

from dokploy import Dokploy
from dokploy_contract.resources import Throwaway, ThrowawayProject, wire
from dokploy_contract.session import Scope

FINISHED = {"done", "error", "cancelled"}


def _wait_for_deployment(
    client: Dokploy, scope: Scope, key: str, value: str, polls: int = 30
) -> list[dict[str, Any]]:
    """Poll ``deployment.all*`` until the newest deployment finished (replay: no waiting)."""
    operation = "deployment.all" if key == "applicationId" else "deployment.allByCompose"
    deployments: list[dict[str, Any]] = []
    for _ in range(polls):
        deployments = [wire(d) for d in client.call(operation, **{key: value})]
        if deployments and deployments[0]["status"] in FINISHED:
            return deployments
        scope.sleep(1.0)
    return deployments


def test_project_application_domain_deploy(
    dokploy: Dokploy,
    dokploy_scope: Scope,
    dokploy_throwaway: Throwaway,
    throwaway_project: ThrowawayProject,
) -> None:
    project = wire(dokploy.call("project.one", projectId=throwaway_project.project_id))
    assert project["name"] == throwaway_project.name
    assert [e["environmentId"] for e in project["environments"]] == [throwaway_project.environment_id]

    app = dokploy_throwaway.application(throwaway_project.environment_id, "web")
    app_id = app["applicationId"]
    assert app["environmentId"] == throwaway_project.environment_id

    saved = dokploy.call(
        "application.saveEnvironment",
        applicationId=app_id,
        env="GREETING=hello\nDATABASE_URL=postgres://u:secret@db/x",
        buildArgs="NODE_ENV=production",
        buildSecrets="NPM_TOKEN=abc123",
        createEnvFile=True,
    )
    assert saved is True
    reread = wire(dokploy.call("application.one", applicationId=app_id))
    assert reread["env"].splitlines()[0].startswith("GREETING=")

    db = dokploy_throwaway.postgres(throwaway_project.environment_id, "db")
    assert db["environmentId"] == throwaway_project.environment_id
    assert wire(dokploy.call("postgres.one", postgresId=db["postgresId"]))["name"] == db["name"]

    domain = wire(
        dokploy.call(
            "domain.create",
            host=f"{dokploy_scope.prefix}web.example.com",
            applicationId=app_id,
            port=3000,
            https=False,
            domainType="application",
        )
    )
    domain_id = domain["domainId"]
    assert wire(dokploy.call("domain.one", domainId=domain_id))["host"] == domain["host"]
    listed = [wire(d)["domainId"] for d in dokploy.call("domain.byApplicationId", applicationId=app_id)]
    assert listed == [domain_id]
    dokploy.call(
        "domain.update",
        domainId=domain_id,
        host=f"{dokploy_scope.prefix}www.example.com",
        port=8080,
        https=False,
        domainType="application",
    )
    assert wire(dokploy.call("domain.one", domainId=domain_id))["port"] == 8080
    dokploy.call("domain.delete", domainId=domain_id)
    assert dokploy.call("domain.byApplicationId", applicationId=app_id) == []

    assert dokploy.call("application.deploy", applicationId=app_id) is None
    deployments = _wait_for_deployment(dokploy, dokploy_scope, "applicationId", app_id)
    assert deployments, "application.deploy left no deployment"
    assert deployments[0]["applicationId"] == app_id
    assert deployments[0]["status"] in FINISHED | {"running"}


def test_compose_create_deploy_load_services(
    dokploy: Dokploy,
    dokploy_scope: Scope,
    dokploy_throwaway: Throwaway,
    throwaway_project: ThrowawayProject,
) -> None:
    compose_file = "services:\n  web:\n    image: nginx:alpine\n  cache:\n    image: redis:7\n"
    compose = dokploy_throwaway.compose(
        throwaway_project.environment_id, "stack", composeType="docker-compose"
    )
    compose_id = compose["composeId"]
    dokploy.call("compose.update", composeId=compose_id, composeFile=compose_file, sourceType="raw")
    assert wire(dokploy.call("compose.one", composeId=compose_id))["composeFile"] == compose_file

    queued = wire(dokploy.call("compose.deploy", composeId=compose_id))
    assert queued["success"] is True and queued["composeId"] == compose_id
    deployments = _wait_for_deployment(dokploy, dokploy_scope, "composeId", compose_id)
    assert deployments and deployments[0]["composeId"] == compose_id

    services = dokploy.call("compose.loadServices", composeId=compose_id, type="cache")
    assert sorted(services) == ["cache", "web"]


def test_server_all(dokploy: Dokploy) -> None:
    servers = dokploy.call("server.all")
    assert isinstance(servers, list)
    assert all(wire(s)["serverId"] for s in servers)

"""Coverage sweep: every GET operation of the spec, called with the ids of throwaway resources.

What answers 200 is recorded and checked (its body against the corrected schema,
by the response-schema check). What cannot answer on the recording instance
(no Docker engine, no remote server, no licence, no git provider) is recorded
too, and marked xfail with the status and message the server gave, so the
reason is in the report instead of hidden.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from support import REPO_ROOT

from dokploy import APIStatusError, Dokploy
from dokploy_api.api import OPERATIONS
from dokploy_contract.resources import Throwaway, wire
from dokploy_contract.session import KitSession

MODULE = "test_contract_get_sweep"
SPEC = json.loads((REPO_ROOT / "generated" / "spec.json").read_text())
SKIPPED = {
    "settings.getOpenApiDocument": "returns the spec itself (megabytes); pinned as generated/spec.json",
    "server.publicIp": "asks a public IP service from the server; the recording host is offline "
    "and the call times out (no answer to record)",
}
GETS = [
    pytest.param(op, marks=pytest.mark.skip(reason=SKIPPED[op])) if op in SKIPPED else op
    for op in sorted(op for op, info in OPERATIONS.items() if info.method == "GET")
]
UNKNOWN = "ct-unknown-id"
# Reads that fetch a URL from the server: point them at a closed local port.
HARMLESS_URL = "http://127.0.0.1:9"


def _create(throwaway: Throwaway) -> dict[str, str]:
    client, scope = throwaway.client, throwaway.scope
    project = throwaway.project("sweep")
    env = project.environment_id
    app = throwaway.application(env, "app")
    ids = {
        "projectId": project.project_id,
        "environmentId": env,
        "organizationId": str(project.project["organizationId"]),
        "applicationId": app["applicationId"],
        "appName": app["appName"],
        "postgresId": throwaway.postgres(env, "pg")["postgresId"],
        "composeId": throwaway.compose(env, "compose")["composeId"],
    }
    for engine, key in (("mysql", "mysqlId"), ("mariadb", "mariadbId"), ("mongo", "mongoId")):
        created = client.call(
            f"{engine}.create",
            name=throwaway.name(engine),
            environmentId=env,
            databaseName="contract",
            databaseUser="contract",
            databasePassword="contract-test-password",
        )
        ids[key] = wire(created)[key]
    redis = client.call(
        "redis.create", name=throwaway.name("redis"), environmentId=env, databasePassword="pw-redis"
    )
    ids["redisId"] = wire(redis)["redisId"]
    domain = client.call(
        "domain.create",
        host=f"{scope.prefix}sweep.example.com",
        applicationId=ids["applicationId"],
        port=3000,
        https=False,
        domainType="application",
    )
    ids["domainId"] = wire(domain)["domainId"]
    client.call("application.deploy", applicationId=ids["applicationId"])
    for _ in range(30):
        deployments = [wire(d) for d in client.call("deployment.all", applicationId=ids["applicationId"])]
        if deployments and deployments[0]["status"] in ("done", "error"):
            ids["deploymentId"] = deployments[0]["deploymentId"]
            break
        scope.sleep(1.0)
    me = wire(client.call("user.get"))
    ids["userId"] = str(me.get("userId") or me.get("id"))
    return ids


@pytest.fixture(scope="module")
def sweep_ids(dokploy_kit: KitSession) -> Iterator[dict[str, str]]:
    """Throwaway resources for the whole sweep, in their own setup/teardown cassettes."""
    with dokploy_kit.scope(MODULE, "resources_setup") as scope:
        throwaway = Throwaway(scope, scope.client())
        try:
            ids = _create(throwaway)
        except BaseException:
            throwaway.close()
            raise
    yield ids
    with dokploy_kit.scope(MODULE, "resources_teardown") as scope:
        scope.guard.adopt(ids["projectId"])
        scope.client().call("project.remove", projectId=ids["projectId"])


def _value(name: str, schema: dict[str, Any], ids: dict[str, str]) -> Any:
    if name in ids:
        return ids[name]
    if "enum" in schema:
        return schema["enum"][0]
    if name.lower().endswith("url"):
        return HARMLESS_URL
    kind = schema.get("type")
    if kind in ("number", "integer"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return "false"
    return UNKNOWN


def arguments(operation: str, ids: dict[str, str]) -> dict[str, Any]:
    """The operation's required query parameters, filled from the throwaway ids."""
    spec_op = SPEC["paths"][OPERATIONS[operation].path]["get"]
    return {
        p["name"]: _value(p["name"], p.get("schema", {}), ids)
        for p in spec_op.get("parameters", [])
        if p.get("required")
    }


@pytest.mark.parametrize("operation", GETS)
def test_get(operation: str, sweep_ids: dict[str, str], dokploy: Dokploy) -> None:
    try:
        dokploy.call(operation, **arguments(operation, sweep_ids))
    except APIStatusError as error:
        assert 400 <= error.status_code < 600 and error.message, "an error without a shape"
        pytest.xfail(f"{error.status_code} {error.code}: {error.message[:160]}")

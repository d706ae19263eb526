"""Return types of operations never seen answering 200, read from Dokploy v0.30.2's routers.

Only where the router makes the return plain: ``return true``, ``return findXById(...)``
(a row of table X with its relations), a literal object, or no ``return`` at all (tRPC
then sends an empty body, as ``application.deploy`` does in the recordings). Anything
else (Docker's or a provider's own JSON) stays untyped JSON with a note saying why.
"""

from __future__ import annotations

from typing import Any

Entry = dict[str, Any]
Schema = dict[str, Any]

_REF = "#/components/schemas/"
_DATABASES = ("postgres", "mysql", "mariadb", "mongo", "redis")

# router code ``return true``
_TRUE = {
    "application.dropDeployment",
    "application.reload",
    "application.saveBitbucketProvider",
    "application.saveGiteaProvider",
    "application.saveGitlabProvider",
    *(
        f"backup.manualBackup{k}"
        for k in ("Compose", "Libsql", "Mariadb", "Mongo", "MySql", "Postgres", "WebServer")
    ),
    "cluster.removeWorker",
    "compose.start",
    "compose.stop",
    "dnsProvider.deleteRecord",
    "dnsProvider.testConnection",
    "libsql.rebuild",
    "libsql.reload",
    *(f"{db}.{p}" for db in _DATABASES for p in ("changePassword", "rebuild", "reload")),
    *(
        f"notification.test{k}Connection"
        for k in (
            "Custom",
            "Discord",
            "Email",
            "Gotify",
            "Mattermost",
            "Ntfy",
            "Pushover",
            "Resend",
            "Slack",
            "Teams",
        )
    ),
    "patch.cleanPatchRepos",
    "previewDeployment.delete",
    "previewDeployment.redeploy",
    "registry.testRegistry",
    "registry.testRegistryById",
    "registry.update",
    "settings.haveTraefikDashboardPortEnabled",  # ports.some(...)
    "settings.reloadServer",
    "settings.toggleDashboard",
    "settings.updateEnforceSSO",
    "settings.updateRemoteServersOnly",
    "settings.updateTraefikPorts",
    "settings.writeTraefikEnv",
    "user.revokeSession",
    "vaultProvider.testConnection",
}

# router code returns a row found/created/deleted by the table's service
_ROW = {
    "admin.setupMonitoring": "WebServerSettings",
    "application.start": "Application",
    "compose.deployTemplate": "Compose",
    "github.one": "Github",
    "libsql.deploy": "Libsql",
    "libsql.saveExternalPorts": "Libsql",
    "libsql.start": "Libsql",
    "network.create": "Network",
    "network.one": "Network",
    "network.recreate": "Network",
    "network.remove": "Network",
    "previewDeployment.one": "PreviewDeployments",
    "registry.create": "Registry",
    "registry.one": "Registry",
    "registry.remove": "Registry",
    "server.setupMonitoring": "Server",
    **{f"{db}.{p}": db.capitalize() for db in _DATABASES for p in ("deploy", "start", "saveExternalPort")},
}

_ROWS = {
    "gitProvider.allForPermissions": "GitProvider",
    "server.allForPermissions": "Server",
}

# lists recorded only empty, whose items the router makes plain (findMany of a table)
_LIST_ITEMS: dict[str, Schema] = {
    "compose.getTags": {"type": "string"},
    "network.all": {"$ref": _REF + "Network"},
    "previewDeployment.all": {"$ref": _REF + "PreviewDeployments"},
    "registry.all": {"$ref": _REF + "Registry"},
    "server.buildServers": {"$ref": _REF + "Server"},
    "settings.getDokployCloudIps": {"type": "string"},
    "user.getInvitations": {"$ref": _REF + "Invitation"},
    "user.listPasskeys": {"$ref": _REF + "Passkey"},
}

_STRING = {
    *(f"{g}.testConnection" for g in ("bitbucket", "gitea", "github", "gitlab")),
    *(f"{s}.readLogs" for s in ("application", "libsql", *_DATABASES)),  # container logs
}


def _obj(**props: Schema) -> Schema:
    return {
        "type": "object",
        "properties": props,
        "required": sorted(props),
        "additionalProperties": True,
    }


_B: Schema = {"type": "boolean"}
_S: Schema = {"type": "string"}

_LITERAL: dict[str, Schema] = {
    "ai.analyzeLogs": _obj(analysis=_S),
    "ai.testConnection": _obj(success=_B, message=_S),
    "customRole.remove": _obj(deleted={"type": "integer"}),
    "docker.uploadFileToContainer": _obj(success=_B, message=_S),
    "licenseKey.activate": _obj(success=_B),
    "licenseKey.deactivate": _obj(success=_B),
    "scim.deleteProvider": _obj(success=_B),
    "scim.generateToken": _obj(scimToken=_S, providerId=_S),
    "settings.setupGPU": _obj(success=_B),
    "sso.getTrustedOrigins": {"type": "array", "items": _S},
    "stripe.createCheckoutSession": _obj(sessionId=_S),
    "stripe.updateInvoiceNotifications": _obj(ok=_B),
    "whitelabeling.reset": _obj(success=_B),
    "whitelabeling.update": _obj(success=_B),
    **{
        f"sso.{p}": _obj(success=_B)
        for p in (
            "addTrustedOrigin",
            "deleteProvider",
            "register",
            "removeTrustedOrigin",
            "update",
            "updateTrustedOrigin",
        )
    },
}

# mutations whose router body has no ``return``
_VOID = {
    "application.killBuild",
    "compose.killBuild",
    "deployment.killProcess",
    "destination.testConnection",
    "docker.deleteContainerFile",
    "docker.killContainer",
    "docker.removeContainer",
    "docker.restartContainer",
    "docker.startContainer",
    "docker.stopContainer",
    "docker.writeContainerFile",
    "dockerImage.removeImage",
    "dockerVolume.deleteVolumeFile",
    "dockerVolume.removeVolume",
    "dockerVolume.writeVolumeFile",
    "notification.receiveNotification",
}

_WHY_BY_ROUTER = {
    **dict.fromkeys(
        ("docker", "dockerImage", "dockerVolume", "dockerDiskUsage", "cluster", "swarm"),
        "returns Docker's own JSON (needs a Docker engine)",
    ),
    **dict.fromkeys(
        (
            "ai",
            "bitbucket",
            "gitea",
            "github",
            "gitlab",
            "dnsProvider",
            "stripe",
            "vaultProvider",
            "licenseKey",
        ),
        "returns an external provider's data (AI, git host, DNS, Stripe, Vault, license)",
    ),
    **dict.fromkeys(
        ("auditLog", "customRole", "forwardAuth", "scim", "sso", "whitelabeling"),
        "enterprise-only (needs a license); return shape not pinned down",
    ),
}


def source_typed(op: str) -> Entry | None:
    """The entry for an operation typed from the router code, or None if not clear."""
    if op in _TRUE:
        return _entry(_B, "router returns true")
    if op in _ROW:
        return _entry({"$ref": _REF + _ROW[op]}, f"router returns a {_ROW[op]} row")
    if op in _ROWS:
        return _entry({"type": "array", "items": {"$ref": _REF + _ROWS[op]}}, "findMany rows")
    if op in _STRING:
        return _entry(_S, "router returns a string")
    if op in _LITERAL:
        return _entry(_LITERAL[op], "router returns this literal shape")
    if op in _VOID:
        return {"schema": None, "source": "source", "note": "router returns nothing: empty body"}
    return None


_DOCKER_BACKED = {
    "application.readAppMonitoring",
    "compose.loadMountsByService",
    "mounts.allNamedByApplicationId",
    "network.inspect",
    "network.networksToSync",
    "server.getServerMetrics",
    "settings.getDockerDiskUsage",
    "settings.getTraefikPorts",
    "settings.readTraefikEnv",
    "user.getContainerMetrics",
}


def list_items(op: str) -> Schema | None:
    """Item type of a list only ever recorded empty, when the router code is plain."""
    return _LIST_ITEMS.get(op)


def json_reason(op: str) -> str:
    """Why an operation stays untyped JSON."""
    if op in _DOCKER_BACKED:
        return "reads Docker/Traefik/monitoring state (needs a Docker engine)"
    router = op.partition(".")[0]
    return _WHY_BY_ROUTER.get(router, "return value is a computed or remote shape")


def _entry(schema: Schema, note: str) -> Entry:
    return {"schema": schema, "source": "source", "note": f"never answered 200; {note}"}

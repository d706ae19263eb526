"""Staging safety: the kit only mutates what it created, and never the host unasked.

Why a guard and not discipline: a contract test that sends ``project.remove``
with a recorded id, or a typo'd fixture, must not be able to delete a user's
real project on their staging instance. The guard learns ownership from create
responses (and from the throwaway fixtures), propagates it to children whose
parent reference is owned (a deployment of our application), and refuses every
other mutation before the request leaves the process.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from .errors import ForeignResourceError, HostOperationError

# Operations that act on the Dokploy host itself (processes, Docker daemon, Traefik,
# the server's own configuration). Never called unless opted in one by one.
HOST_OPERATIONS: tuple[str, ...] = (
    "application.killBuild",
    "compose.killBuild",
    "deployment.killProcess",
    "compose.import",
    "settings.setupGPU",
    "settings.updateTraefik*",
    "settings.updateMiddlewareTraefikConfig",
    "settings.updateWebServerTraefikConfig",
    "settings.writeTraefikEnv",
    "settings.toggleDashboard",
    "settings.toggleRequests",
    "settings.assignDomainServer",
    "settings.updateServer",
    "settings.updateServerIp",
    "settings.updateDockerCleanup",
    "settings.updateLogCleanup",
    "settings.saveSSHPrivateKey",
    "settings.clean*",
    "settings.reload*",
    "server.setup",
    "server.setupMonitoring",
    "admin.setupMonitoring",
    "cluster.removeWorker",
    "docker.*Container*",
    "dockerImage.removeImage",
    "dockerVolume.*",
    "dockerDiskUsage.prune*",
    "patch.cleanPatchRepos",
    "*.cleanQueues",
    "application.cleanAllDeploymentQueue",
)

# Id fields a mutation may point at without changing that resource (where to build,
# which registry or key to use). They never become owned by propagation.
REFERENCE_KEYS = frozenset(
    {
        "serverId",
        "buildServerId",
        "registryId",
        "buildRegistryId",
        "rollbackRegistryId",
        "sshKeyId",
        "customGitSSHKeyId",
        "githubId",
        "gitlabId",
        "bitbucketId",
        "giteaId",
        "gitProviderId",
        "destinationId",
        "certificateId",
        "notificationId",
        "organizationId",
        "userId",
        "memberId",
        "dnsProviderId",
        "vaultProviderId",
    }
)
# The id field naming the resource a router's procedures act on, where not "<router>Id".
TARGET_KEYS = {
    "mounts": "mountId",
    "redirects": "redirectId",
    "certificates": "certificateId",
    "volumeBackups": "volumeBackupId",
    "apiKey": "apiKeyId",
}
NO_TARGET_ROUTERS = frozenset({"settings", "docker", "admin", "cluster", "swarm"})


def _fetches_sources(params: Mapping[str, Any]) -> bool:
    return str(params.get("type", "")) == "fetch"


# GETs that change something: checked like mutations (ownership of their target) when
# the predicate holds for their query. ``compose.loadServices?type=fetch`` clones the
# compose's repository and rewrites its files on the host.
MUTATING_READS: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "compose.loadServices": _fetches_sources,
}


def is_host_operation(operation: str) -> bool:
    return any(fnmatch.fnmatchcase(operation, pattern) for pattern in HOST_OPERATIONS)


def is_create(operation: str) -> bool:
    return operation.split(".", 1)[1].startswith("create")


def target_key(operation: str) -> str:
    router = operation.split(".", 1)[0]
    return TARGET_KEYS.get(router, f"{router}Id")


def is_mutating_read(operation: str, params: Any) -> bool:
    predicate = MUTATING_READS.get(operation)
    return predicate is not None and isinstance(params, Mapping) and predicate(params)


def _field_text(value: Any) -> str | None:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, str):
        return value
    return None


def multipart_fields(files: Any) -> dict[str, str]:
    """The form fields of a multipart body (httpx ``files``: a mapping or ``(name, part)`` pairs).

    A part without a file name (``(None, b"value", ...)``, or a bare string) is a field;
    uploaded files are left out: the guard only needs the ids.
    """
    items = files.items() if isinstance(files, Mapping) else files
    fields: dict[str, str] = {}
    for item in items or ():
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
            continue
        name, part = item
        if isinstance(part, tuple):
            text = _field_text(part[1]) if len(part) >= 2 and part[0] is None else None
        else:
            text = _field_text(part)
        if text is not None:
            fields[name] = text
    return fields


def request_body(method: str, kwargs: Mapping[str, Any]) -> Any:
    """What the guard checks of a request: the query of a GET, else the JSON or multipart body."""
    if method.upper() == "GET":
        return kwargs.get("params")
    if kwargs.get("files") is not None:
        return multipart_fields(kwargs["files"])
    return kwargs.get("json")


def _id_fields(value: Any) -> Iterator[tuple[str, str]]:
    """Every ``(key, id)`` of a request body, nested objects and ``...Ids`` lists too."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key.endswith("Id") and isinstance(item, str) and item:
                yield key, item
            elif key.endswith("Ids") and isinstance(item, list):
                yield from ((key[:-1], i) for i in item if isinstance(i, str) and i)
            else:
                yield from _id_fields(item)
    elif isinstance(value, list):
        for item in value:
            yield from _id_fields(item)


class Guard:
    """Decides, per call, whether the kit may send it; learns ownership from answers."""

    def __init__(self, *, allowed_host_operations: Iterable[str] = (), enforce_host: bool = True):
        self.allowed_host_operations = frozenset(allowed_host_operations)
        self.enforce_host = enforce_host
        self.owned: set[str] = set()

    def adopt(self, *ids: str | None) -> None:
        """Mark ids as created by this run (the throwaway fixtures call this)."""
        self.owned.update(i for i in ids if i)

    def check(self, operation: str, method: str, body: Any) -> None:
        """Raise before sending a call the kit must not make.

        ``body`` is what ``request_body`` gives: the JSON body, a multipart body's form
        fields, or a GET's query (only read for the few GETs that change something).
        """
        if method.upper() == "GET" and not is_mutating_read(operation, body):
            return  # reads act on nothing; host operations are all mutations
        host = is_host_operation(operation)
        if host and self.enforce_host and operation not in self.allowed_host_operations:
            raise HostOperationError(
                f"{operation} acts on the Dokploy host; the kit calls it only when opted in: "
                f"--dokploy-allow-host-ops={operation}"
            )
        fields = list(_id_fields(body))
        target = target_key(operation)
        foreign = [
            f"{key}={value}"
            for key, value in fields
            if value not in self.owned and (key == target or key not in REFERENCE_KEYS)
        ]
        if foreign:
            raise ForeignResourceError(
                f"{operation} would change {', '.join(foreign)}, which this run did not "
                "create; the kit only mutates resources it created (throwaway fixtures)"
            )
        targets_owned = any(value in self.owned for _, value in fields)
        if not (is_create(operation) or targets_owned or host):
            raise ForeignResourceError(
                f"{operation} changes no resource this run created (a global or unscoped "
                "mutation); the kit refuses it"
            )

    def learn(self, operation: str, data: Any) -> None:
        """Own what a create returned, and children of anything owned."""
        if is_create(operation) and operation.split(".", 1)[0] not in NO_TARGET_ROUTERS:
            self._learn_created(operation, data)
        self._propagate(data)

    def _learn_created(self, operation: str, data: Any) -> None:
        key = target_key(operation)
        if isinstance(data, Mapping):
            if isinstance(data.get(key), str):
                self.owned.add(data[key])
            # project.create answers {project: {...}, environment: {...}}
            for nested in data.values():
                if isinstance(nested, Mapping) and isinstance(nested.get(key), str):
                    self.owned.add(nested[key])

    def _propagate(self, data: Any) -> None:
        changed = True
        while changed:
            before = len(self.owned)
            for obj in _objects(data):
                ids = [(k, v) for k, v in obj.items() if k.endswith("Id") and isinstance(v, str)]
                parents = [v for k, v in ids if k not in REFERENCE_KEYS and v in self.owned]
                if parents:
                    self.owned.update(v for k, v in ids if k not in REFERENCE_KEYS)
            changed = len(self.owned) != before


def _objects(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, Mapping):
        yield value
        for item in value.values():
            yield from _objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)

"""Facts about Dokploy's operations, as typed data: generated, do not edit.

Compiled by ``dokploy-codegen generate`` from ``overrides/corrections/facts.json``
(what a person knows: secrets, guard rules, creates that answer no record and how
to find it, database routers, GETs that change something) and the spec (a row
per operation: the keys of its request that name records). One table, read by the
client (``FINDERS``, ``DATABASE_KINDS``), the contract kit's guard and scrubber
(``OPERATIONS``, ``RECORD_KINDS``, ``RULES``, ``SECRETS``): to teach the client a
fact, change the JSON and regenerate.

Importing this module builds only the small tables; ``OPERATIONS`` and
``RECORD_KINDS`` (a row per operation) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple


class Condition(NamedTuple):
    """A request key whose value decides a fact (the host is reached, a GET writes)."""

    key: str
    one_of: tuple[str, ...] = ()  # the value is one of these
    present: bool = False  # any non-empty value
    matches: str | None = None  # a regular expression the (text) value matches


class OperationFacts(NamedTuple):
    """What one operation's request means (wire names: ``applicationId``)."""

    method: str  # "POST" or "GET"
    target_key: str = ""  # the key naming the record the operation acts on
    id_keys: frozenset[str] = frozenset()  # keys naming that record or its parent
    reference_keys: frozenset[str] = frozenset()  # keys naming a record pointed at
    name_keys: frozenset[str] = frozenset()  # service names on the host (appName)
    claim_keys: frozenset[str] = frozenset()  # shared names (a domain's host)
    external_keys: frozenset[str] = frozenset()  # end in Id but name no Dokploy record
    host_affecting: bool = False  # acts on the Dokploy host itself
    creates: str | None = None  # the record kind a create makes
    removes: str | None = None  # the record kind a remove takes away
    host_affecting_when: tuple[Condition, ...] = ()  # reaches the host when one holds
    mutating_when: tuple[Condition, ...] = ()  # a GET that changes something when one holds


class RecordKind(NamedTuple):
    """A kind of record a create makes: how to name, remove and list it."""

    id_key: str
    remove: str | None
    listing: str | None
    top_level: bool  # outside any project: removing a project leaves it


class DatabaseKind(NamedTuple):
    """One database type."""

    router: str  # the client's router attribute ("postgres", "libsql")
    wire: str  # Dokploy's router name
    id_key: str  # "postgresId" (wire)
    id_argument: str  # "postgres_id": its keyword in the generated operations
    backups: bool  # can own a backup (``backup.create`` takes its id)


class Listing(NamedTuple):
    """Where the record a create made shows up (python names: ``application.one``)."""

    operation: str  # wire name, for messages
    target: str  # "router.method" on the client
    arguments: tuple[tuple[str, str], ...] = ()  # (listing keyword, create keyword)


class Finder(NamedTuple):
    """A create that answers ``true`` or nothing: how its generated method finds the record.

    List before, create, list after; the record is the one whose id is new and whose
    ``match`` fields equal the create's arguments. With several ``listings`` the one
    whose arguments the caller gave is used (exactly one must be).
    """

    operation: str  # the create (wire)
    listings: tuple[Listing, ...]
    items: str | None  # the listing answer's field holding the records (None: the answer)
    id_field: str  # the record's id field (looked up one level down too)
    kind: str | None  # keep only items whose field of this name is set (git providers)
    fetch: str | None  # "router.method" fetching the full record by id
    match: tuple[str, ...]  # create keywords whose values the record shows
    refuse: tuple[tuple[str, str], ...]  # (create keyword, why no listing shows that record)
    record: str  # the operation (wire) whose answer type the record has


class SecretRules(NamedTuple):
    """Which keys, parameters and values the scrubber treats as secrets (see facts.json)."""

    words: frozenset[str]
    pairs: frozenset[tuple[str, ...]]
    glued_suffixes: tuple[str, ...]
    secret_ids: tuple[str, ...]
    not_secret: frozenset[str]
    env_keys: frozenset[str]
    context_paths: frozenset[tuple[str, ...]]
    query_params: frozenset[str]
    value_patterns: tuple[str, ...]
    api_key_fields: frozenset[str]
    api_key_markers: frozenset[str]
    stack_keys: frozenset[str]
    secret_responses: frozenset[str]
    register_min_length: int


class GuardRules(NamedTuple):
    """The rules the per-operation rows were derived from, as the guard reads them."""

    reference_keys: frozenset[str]
    home_references: frozenset[str]
    name_keys: frozenset[str]
    external_keys: frozenset[str]
    host_patterns: tuple[str, ...]
    snapshot_volatile: frozenset[str]
    snapshot_reads: tuple[str, ...]


if TYPE_CHECKING:
    OPERATIONS: dict[str, OperationFacts]
    RECORD_KINDS: dict[str, RecordKind]

_LAZY = ("OPERATIONS", "RECORD_KINDS")


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import _facts_operations

    for lazy in _LAZY:
        globals()[lazy] = getattr(_facts_operations, lazy)
    return globals()[name]


DATABASE_KINDS: dict[str, DatabaseKind] = {
    "postgres": DatabaseKind(
        router="postgres", wire="postgres", id_key="postgresId", id_argument="postgres_id", backups=True
    ),
    "mysql": DatabaseKind(router="mysql", wire="mysql", id_key="mysqlId", id_argument="mysql_id", backups=True),
    "mariadb": DatabaseKind(
        router="mariadb", wire="mariadb", id_key="mariadbId", id_argument="mariadb_id", backups=True
    ),
    "mongo": DatabaseKind(router="mongo", wire="mongo", id_key="mongoId", id_argument="mongo_id", backups=True),
    "redis": DatabaseKind(router="redis", wire="redis", id_key="redisId", id_argument="redis_id", backups=False),
    "libsql": DatabaseKind(router="libsql", wire="libsql", id_key="libsqlId", id_argument="libsql_id", backups=True),
}


FINDERS: dict[str, Finder] = {
    "backup.create": Finder(
        operation="backup.create",
        listings=(
            Listing(operation="postgres.one", target="postgres.one", arguments=(("postgres_id", "postgres_id"),)),
            Listing(operation="mysql.one", target="mysql.one", arguments=(("mysql_id", "mysql_id"),)),
            Listing(operation="mariadb.one", target="mariadb.one", arguments=(("mariadb_id", "mariadb_id"),)),
            Listing(operation="mongo.one", target="mongo.one", arguments=(("mongo_id", "mongo_id"),)),
            Listing(operation="libsql.one", target="libsql.one", arguments=(("libsql_id", "libsql_id"),)),
            Listing(operation="compose.one", target="compose.one", arguments=(("compose_id", "compose_id"),)),
        ),
        items="backups",
        id_field="backup_id",
        kind=None,
        fetch="backup.one",
        match=("prefix", "schedule", "database"),
        refuse=(
            (
                "user_id",
                'no listing shows web-server backups by owner; create one without finding it with client.call("backup.create", ...)',
            ),
        ),
        record="backup.one",
    ),
    "bitbucket.create": Finder(
        operation="bitbucket.create",
        listings=(Listing(operation="gitProvider.getAll", target="git_provider.get_all", arguments=()),),
        items=None,
        id_field="bitbucket_id",
        kind="bitbucket",
        fetch="bitbucket.one",
        match=("name",),
        refuse=(),
        record="bitbucket.one",
    ),
    "gitlab.create": Finder(
        operation="gitlab.create",
        listings=(Listing(operation="gitProvider.getAll", target="git_provider.get_all", arguments=()),),
        items=None,
        id_field="gitlab_id",
        kind="gitlab",
        fetch="gitlab.one",
        match=("name", "gitlab_url"),
        refuse=(),
        record="gitlab.one",
    ),
    "libsql.create": Finder(
        operation="libsql.create",
        listings=(
            Listing(
                operation="environment.one", target="environment.one", arguments=(("environment_id", "environment_id"),)
            ),
        ),
        items="libsql",
        id_field="libsql_id",
        kind=None,
        fetch="libsql.one",
        match=("name",),
        refuse=(),
        record="libsql.one",
    ),
    "notification.createSlack": Finder(
        operation="notification.createSlack",
        listings=(Listing(operation="notification.all", target="notification.all", arguments=()),),
        items=None,
        id_field="notification_id",
        kind="slack",
        fetch=None,
        match=("name", "channel"),
        refuse=(),
        record="notification.one",
    ),
    "redirects.create": Finder(
        operation="redirects.create",
        listings=(
            Listing(
                operation="application.one", target="application.one", arguments=(("application_id", "application_id"),)
            ),
        ),
        items="redirects",
        id_field="redirect_id",
        kind=None,
        fetch=None,
        match=("regex", "replacement", "permanent"),
        refuse=(),
        record="redirects.one",
    ),
    "security.create": Finder(
        operation="security.create",
        listings=(
            Listing(
                operation="application.one", target="application.one", arguments=(("application_id", "application_id"),)
            ),
        ),
        items="security",
        id_field="security_id",
        kind=None,
        fetch=None,
        match=("username",),
        refuse=(),
        record="security.one",
    ),
    "sshKey.create": Finder(
        operation="sshKey.create",
        listings=(Listing(operation="sshKey.all", target="ssh_key.all", arguments=()),),
        items=None,
        id_field="ssh_key_id",
        kind=None,
        fetch=None,
        match=("name", "public_key"),
        refuse=(),
        record="sshKey.one",
    ),
}


SECRETS = SecretRules(
    words=frozenset(
        {
            "apikey",
            "auth",
            "authorization",
            "auths",
            "backupcodes",
            "bearer",
            "cookie",
            "cookies",
            "credential",
            "credentials",
            "dsn",
            "htpasswd",
            "jwt",
            "masterauth",
            "otp",
            "pass",
            "passkey",
            "passphrase",
            "passwd",
            "password",
            "pat",
            "pgpassword",
            "privatekey",
            "pwd",
            "requirepass",
            "salt",
            "secret",
            "secrets",
            "sessiontoken",
            "sig",
            "signature",
            "token",
            "tokens",
            "totp",
            "webhook",
        }
    ),
    pairs=frozenset(
        {
            ("access", "key"),
            ("account", "key"),
            ("api", "key"),
            ("app", "key"),
            ("auth", "header"),
            ("auth", "key"),
            ("basic", "auth"),
            ("client", "key"),
            ("connection", "string"),
            ("database", "url"),
            ("enc", "private"),
            ("encryption", "key"),
            ("hmac", "key"),
            ("http", "auth"),
            ("key", "base"),
            ("license", "key"),
            ("master", "key"),
            ("private", "key"),
            ("sas", "key"),
            ("secret", "key"),
            ("service", "key"),
            ("shared", "key"),
            ("signing", "key"),
            ("storage", "key"),
            ("user", "key"),
            ("webhook", "url"),
            ("x", "auth"),
        }
    ),
    glued_suffixes=("password", "passwd", "secret", "token", "apikey", "requirepass", "masterauth", "privatekey"),
    secret_ids=("accesskeyid", "secretid", "secretkeyid", "clientsecretid"),
    not_secret=frozenset(
        {
            "authnrequestssigned",
            "authorizationendpoint",
            "bypass",
            "canaccesstosshkeys",
            "compass",
            "enablepasskeys",
            "haspassword",
            "includeencryptionkey",
            "keybase",
            "passhostheader",
            "passthrough",
            "passwordless",
            "publickey",
            "secretpath",
            "signaturealgorithm",
            "tokenendpoint",
            "tokenendpointauthentication",
        }
    ),
    env_keys=frozenset(
        {
            "buildargs",
            "buildsecrets",
            "dotenv",
            "env",
            "envfile",
            "environment",
            "environmentvariables",
            "envvars",
            "previewbuildargs",
            "previewbuildsecrets",
            "previewenv",
        }
    ),
    context_paths=frozenset(
        {("auth", "password"), ("basicauth", "users"), ("basicauth", "usersfile"), ("digestauth", "users")}
    ),
    query_params=frozenset(
        {
            "access_token",
            "accesstoken",
            "api_key",
            "apikey",
            "auth",
            "client_secret",
            "code",
            "jwt",
            "key",
            "pass",
            "password",
            "private_token",
            "refresh_token",
            "secret",
            "session",
            "sig",
            "signature",
            "token",
            "x-api-key",
        }
    ),
    value_patterns=(
        "ghp_[A-Za-z0-9]{20,}",
        "gho_[A-Za-z0-9]{20,}",
        "ghs_[A-Za-z0-9]{20,}",
        "github_pat_[A-Za-z0-9_]{20,}",
        "glpat-[A-Za-z0-9_-]{16,}",
        "xox[abprs]-[A-Za-z0-9-]{10,}",
        "sk-[A-Za-z0-9_-]{20,}",
        "AKIA[0-9A-Z]{16}",
        "eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}",
    ),
    api_key_fields=frozenset({"key", "start"}),
    api_key_markers=frozenset(
        {
            "apiKeyId",
            "apikeyId",
            "configId",
            "rateLimitEnabled",
            "rateLimitMax",
            "rateLimitTimeWindow",
            "referenceId",
            "refillAmount",
            "refillInterval",
            "requestCount",
        }
    ),
    stack_keys=frozenset({"backtrace", "stack", "stacktrace", "trace"}),
    secret_responses=frozenset(
        {"settings.readTraefikEnv", "sshKey.generate", "user.generateToken", "user.getMetricsToken"}
    ),
    register_min_length=6,
)


RULES = GuardRules(
    reference_keys=frozenset(
        {
            "aiId",
            "bitbucketId",
            "buildRegistryId",
            "buildServerId",
            "certificateId",
            "customGitSSHKeyId",
            "destinationId",
            "dnsProviderId",
            "gitProviderId",
            "giteaId",
            "githubId",
            "gitlabId",
            "memberId",
            "networkId",
            "networkIds",
            "notificationId",
            "organizationId",
            "registryId",
            "rollbackRegistryId",
            "serverId",
            "sourceEnvironmentId",
            "sshKeyId",
            "tagId",
            "tagIds",
            "targetEnvironmentId",
            "userId",
            "vaultProviderId",
        }
    ),
    home_references=frozenset({"organizationId"}),
    name_keys=frozenset({"appName", "containerId", "networkName", "stackName", "volumeName"}),
    external_keys=frozenset(
        {
            "accessKeyId",
            "authId",
            "chatId",
            "clientId",
            "customId",
            "githubAppId",
            "githubClientId",
            "githubInstallationId",
            "gitlabProjectId",
            "messageThreadId",
            "nodeId",
            "productId",
            "recordId",
            "sessionId",
            "stripeCustomerId",
            "stripeSubscriptionId",
            "templateId",
            "tenantId",
            "zoneId",
        }
    ),
    host_patterns=(
        "settings.*",
        "server.*",
        "user.*",
        "organization.*",
        "apiKey.*",
        "admin.*",
        "cluster.*",
        "swarm.*",
        "docker.*",
        "dockerImage.*",
        "dockerVolume.*",
        "dockerDiskUsage.*",
        "sso.*",
        "scim.*",
        "licenseKey.*",
        "stripe.*",
        "whitelabeling.*",
        "customRole.*",
        "forwardAuth.*",
        "auditLog.*",
        "application.killBuild",
        "compose.killBuild",
        "deployment.killProcess",
        "compose.import",
        "patch.cleanPatchRepos",
        "*.cleanQueues",
        "application.cleanAllDeploymentQueue",
        "network.import",
        "network.remove",
        "network.sync*",
        "dnsProvider.*Record*",
        "volumeBackups.runManually",
        "backup.manualBackup*",
        "backup.restore*",
        "volumeBackups.restore*",
        "notification.test*",
    ),
    snapshot_volatile=frozenset(
        {
            "expiresAt",
            "lastActive",
            "lastAuthenticatedAt",
            "lastLogin",
            "lastRefillAt",
            "lastRequest",
            "remaining",
            "requestCount",
            "updatedAt",
        }
    ),
    snapshot_reads=(
        "project.all",
        "server.all",
        "destination.all",
        "notification.all",
        "sshKey.all",
        "registry.all",
        "certificates.all",
        "ai.getAll",
        "gitProvider.getAll",
        "github.githubProviders",
        "gitlab.gitlabProviders",
        "gitea.giteaProviders",
        "bitbucket.bitbucketProviders",
        "tag.all",
        "user.all",
        "organization.all",
        "organization.allInvitations",
        "customRole.all",
        "dnsProvider.all",
        "vaultProvider.all",
        "network.all",
        "sso.listProviders",
        "scim.listProviders",
        "sso.getTrustedOrigins",
        "forwardAuth.listProviders",
        "settings.getWebServerSettings",
        "settings.readTraefikConfig",
        "settings.readWebServerTraefikConfig",
        "settings.readMiddlewareTraefikConfig",
        "settings.readTraefikEnv",
        "whitelabeling.get",
        "licenseKey.getEnterpriseSettings",
        "user.getBackups",
    ),
)

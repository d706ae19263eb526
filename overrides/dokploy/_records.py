"""``client.records``: the creates that answer ``true``/nothing, returning the record instead.

Each method takes exactly the generated operation's arguments (its signature is
the generated one, via ``ParamSpec``) and returns the typed record, found with
``create_and_find``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

from ._compat import has, missing, wire_name
from ._created import MISSING, Listing, create_and_find, field
from ._databases import KINDS
from ._environments import service_listing
from ._exceptions import ConfigurationError
from ._steps import Call, Workflow, run_async, run_sync

if TYPE_CHECKING:
    from dokploy_api.api import AsyncResources, Resources
    from dokploy_api.models.backup import Backup
    from dokploy_api.models.bitbucket import Bitbucket
    from dokploy_api.models.gitlab import Gitlab
    from dokploy_api.models.libsql import Libsql
    from dokploy_api.models.redirect import Redirect
    from dokploy_api.models.security import Security
    from dokploy_api.models.ssh_key import SshKey

P = ParamSpec("P")
R = TypeVar("R")

Plan = Callable[[Mapping[str, Any]], tuple[Listing, dict[str, Any]]]

# ``backup.create``'s owner argument -> the router whose record lists the backup.
_BACKUP_OWNERS = {k.id_argument: k.name for k in KINDS.values() if k.backups} | {"compose_id": "compose"}


def _pick(kwargs: Mapping[str, Any], *names: str) -> dict[str, Any]:
    return {n: kwargs[n] for n in names if n in kwargs}


def redirect_plan(kw: Mapping[str, Any]) -> tuple[Listing, dict[str, Any]]:
    app = Call("application.one", {"application_id": kw["application_id"]})
    return Listing(app, "redirect_id", lambda a: a.redirects), _pick(kw, "regex", "replacement", "permanent")


def security_plan(kw: Mapping[str, Any]) -> tuple[Listing, dict[str, Any]]:
    app = Call("application.one", {"application_id": kw["application_id"]})
    return Listing(app, "security_id", lambda a: a.security), _pick(kw, "username")


def libsql_plan(kw: Mapping[str, Any]) -> tuple[Listing, dict[str, Any]]:
    return service_listing("libsql", "libsql", kw["environment_id"]), _pick(kw, "name")


def backup_plan(kw: Mapping[str, Any]) -> tuple[Listing, dict[str, Any]]:
    if kw.get("user_id"):
        raise ConfigurationError(
            "records.create_backup cannot find web-server backups (user_id=): no listing shows "
            "them by owner; create it with client.backup.create(...) instead"
        )
    owners = [(arg, router) for arg, router in _BACKUP_OWNERS.items() if kw.get(arg)]
    if len(owners) != 1:
        raise ConfigurationError(f"records.create_backup: pass exactly one of {', '.join(_BACKUP_OWNERS)}")
    arg, router = owners[0]
    owner = Call(f"{router}.one", {arg: kw[arg]})
    return Listing(owner, "backup_id", lambda o: o.backups, fetch="backup.one"), _pick(
        kw, "prefix", "schedule", "database"
    )


def ssh_key_plan(kw: Mapping[str, Any]) -> tuple[Listing, dict[str, Any]]:
    return Listing(Call("ssh_key.all"), "ssh_key_id"), _pick(kw, "name", "public_key")


def _providers(kind: str) -> Callable[[Any], list[Any]]:
    """``gitProvider.getAll`` entries of one kind. (``gitlab.gitlabProviders`` hides
    providers not yet authorised, which is every new one.)"""

    def pick(items: Any) -> list[Any]:
        return [i for i in items if field(i, kind) not in (None, MISSING)]

    return pick


def gitlab_plan(kw: Mapping[str, Any]) -> tuple[Listing, dict[str, Any]]:
    listing = Listing(Call("git_provider.get_all"), "gitlab_id", _providers("gitlab"), fetch="gitlab.one")
    return listing, _pick(kw, "name", "gitlab_url")


def bitbucket_plan(kw: Mapping[str, Any]) -> tuple[Listing, dict[str, Any]]:
    listing = Listing(
        Call("git_provider.get_all"), "bitbucket_id", _providers("bitbucket"), fetch="bitbucket.one"
    )
    return listing, _pick(kw, "name")


class _Finder(Generic[P, R]):
    """A create that returns its record: the generated method's parameters, a record result.

    ``method`` is looked up only when called, so a client generated for a Dokploy
    without the router (libsql before v0.29) still builds ``client.records``.
    """

    def __init__(
        self,
        api: Resources,
        target: str,
        method: Callable[[], Callable[P, object]],
        plan: Plan,
        _: type[R] | None = None,
    ) -> None:
        self._api, self._target, self._method, self._plan = api, target, method, plan

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if args:
            raise TypeError(f"{wire_name(self._target)}: arguments are keyword-only")
        result: R = run_sync(_workflow(self._target, self._plan, kwargs), self._api)
        return result


class _AsyncFinder(Generic[P, R]):
    def __init__(
        self,
        api: AsyncResources,
        target: str,
        method: Callable[[], Callable[P, Awaitable[object]]],
        plan: Plan,
        _: type[R] | None = None,
    ) -> None:
        self._api, self._target, self._method, self._plan = api, target, method, plan

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if args:
            raise TypeError(f"{wire_name(self._target)}: arguments are keyword-only")
        result: R = await run_async(_workflow(self._target, self._plan, kwargs), self._api)
        return result


def _workflow(target: str, plan: Plan, kwargs: Mapping[str, Any]) -> Workflow[Any]:
    if not has(target):  # before listing anything: this client cannot create it at all
        raise missing(target)
    listing, match = plan(kwargs)
    return (yield from create_and_find(wire_name(target), Call(target, dict(kwargs)), listing, match))


# The record types, for type checkers only: a client generated for another Dokploy
# version may lack some of them (``cast`` keeps them out of the run time).
_REDIRECT = cast("type[Redirect]", None)
_SECURITY = cast("type[Security]", None)
_LIBSQL = cast("type[Libsql]", None)
_BACKUP = cast("type[Backup]", None)
_SSH_KEY = cast("type[SshKey]", None)
_GITLAB = cast("type[Gitlab]", None)
_BITBUCKET = cast("type[Bitbucket]", None)


class Records:
    """``client.records.create_redirect(...)`` and friends return the created record."""

    def __init__(self, api: Resources) -> None:
        self.create_redirect = _Finder(
            api, "redirects.create", lambda: api.redirects.create, redirect_plan, _REDIRECT
        )
        self.create_security = _Finder(
            api, "security.create", lambda: api.security.create, security_plan, _SECURITY
        )
        self.create_libsql = _Finder(api, "libsql.create", lambda: api.libsql.create, libsql_plan, _LIBSQL)
        self.create_backup = _Finder(api, "backup.create", lambda: api.backup.create, backup_plan, _BACKUP)
        self.create_ssh_key = _Finder(
            api, "ssh_key.create", lambda: api.ssh_key.create, ssh_key_plan, _SSH_KEY
        )
        self.create_gitlab = _Finder(api, "gitlab.create", lambda: api.gitlab.create, gitlab_plan, _GITLAB)
        self.create_bitbucket = _Finder(
            api, "bitbucket.create", lambda: api.bitbucket.create, bitbucket_plan, _BITBUCKET
        )


class AsyncRecords:
    """The async twin of ``Records``."""

    def __init__(self, api: AsyncResources) -> None:
        self.create_redirect = _AsyncFinder(
            api, "redirects.create", lambda: api.redirects.create, redirect_plan, _REDIRECT
        )
        self.create_security = _AsyncFinder(
            api, "security.create", lambda: api.security.create, security_plan, _SECURITY
        )
        self.create_libsql = _AsyncFinder(
            api, "libsql.create", lambda: api.libsql.create, libsql_plan, _LIBSQL
        )
        self.create_backup = _AsyncFinder(
            api, "backup.create", lambda: api.backup.create, backup_plan, _BACKUP
        )
        self.create_ssh_key = _AsyncFinder(
            api, "ssh_key.create", lambda: api.ssh_key.create, ssh_key_plan, _SSH_KEY
        )
        self.create_gitlab = _AsyncFinder(
            api, "gitlab.create", lambda: api.gitlab.create, gitlab_plan, _GITLAB
        )
        self.create_bitbucket = _AsyncFinder(
            api, "bitbucket.create", lambda: api.bitbucket.create, bitbucket_plan, _BITBUCKET
        )

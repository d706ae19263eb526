"""One client across Dokploy versions: what this client has, what the server runs.

Helpers reach generated operations only through the registry
(``dokploy_api.api.OPERATIONS``/``ROUTERS``), so a client generated for an
older or newer Dokploy imports and constructs; an operation or field it lacks
raises ``OperationNotAvailable`` when called. The server's version is asked at
most once per client, and only when needed: by ``client.server_version()`` or
when a 404 ``Not found`` has to be told apart from a missing record (the normal
path sends nothing extra).
"""

from __future__ import annotations

import importlib
import keyword
import re
import warnings
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx

from dokploy_api import api as registry

from ._base_client import AsyncHTTPEngine, ClientT, HTTPEngine, _EngineBase
from ._exceptions import DokployError, NotFoundError, OperationNotAvailable

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from typing_extensions import Unpack

    from ._base_client import Call

VERSION_OPERATION = "settings.getDokployVersion"
SPEC_OPERATION = "settings.getOpenApiDocument"
UNKNOWN_PROCEDURE_MESSAGE = "Not found"  # what tRPC answers for a path it has no procedure for

# Request fields some Dokploy versions drop from a create without saying so (v0.28.8
# stores sourceType "github" whatever was sent); the helper sets them with the update
# operation right after, when the created record does not show the value asked for.
SET_AFTER_CREATE: dict[str, tuple[str, tuple[str, ...]]] = {
    "application.create": ("application.update", ("source_type",)),
    "compose.create": ("compose.update", ("source_type",)),
}


class VersionMismatchWarning(DokployError, UserWarning):
    """The server runs another Dokploy version than the one this client was generated for.

    A warning (once per client); under ``-W error`` it is raised, and still a ``DokployError``.
    """


@cache
def client_version() -> str:
    """The Dokploy version this client was generated for (the lock's, written into the registry)."""
    return registry.DOKPLOY_VERSION


def camel(snake: str) -> str:
    """``ssh_key_id`` -> ``sshKeyId``; a keyword-escaping ``_`` at the end (``type_``) is dropped."""
    head, *rest = snake.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def same_version(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.strip().lstrip("vV") == b.strip().lstrip("vV")


@cache
def _wire_names() -> dict[str, str]:
    """``"ssh_key.create"`` (router attribute . method) -> ``"sshKey.create"``."""
    names: dict[str, str] = {}
    for wire, info in registry.OPERATIONS.items():
        router, module = info.module.split(".")[-2:]
        method = module[len(router) + 1 :]
        names[f"{router}.{method}_" if keyword.iskeyword(method) else f"{router}.{method}"] = wire
    return names


def wire_name(target: str) -> str:
    """The wire name of a helper's ``"router.method"`` target, also for one this client lacks."""
    known = _wire_names().get(target)
    if known is not None:
        return known
    router, _, method = target.partition(".")
    return f"{camel(router)}.{camel(method)}"


def has(target: str) -> bool:
    """Whether this client has the operation ``"router.method"`` (python names)."""
    return target in _wire_names()


def missing(
    target: str, *, field: str | None = None, server_version: str | None = None
) -> OperationNotAvailable:
    return OperationNotAvailable(
        wire_name(target),
        client_version=client_version(),
        server_version=server_version,
        field=None if field is None else camel(field),
    )


def operation(api: Any, target: str) -> Callable[..., Any]:
    """``api.<router>.<method>``, or ``OperationNotAvailable`` when this client lacks it."""
    router, _, method = target.partition(".")
    if router not in registry.ROUTERS:
        raise missing(target)
    fn = getattr(getattr(api, router), method, None)
    if fn is None:
        raise missing(target)
    return fn  # type: ignore[no-any-return]


def accepts(target: str, name: str) -> bool:
    """Whether the generated ``target`` (``"router.method"``) takes keyword ``name``."""
    return has(target) and name in _parameters(target)


@cache
def _parameters(target: str) -> frozenset[str]:
    import inspect  # only when a field's presence is in question

    router, method = target.split(".")
    resource = getattr(importlib.import_module(f"{registry.__name__}.{router}"), registry.ROUTERS[router])
    return frozenset(inspect.signature(getattr(resource, method)).parameters)


def target_name(target: object) -> str | None:
    """``"router.method"`` of a step's target: its name, or a bound router method's
    (``client.application.create`` -> ``"application.create"``, subclass or generated)."""
    if isinstance(target, str):
        return target
    owner, method = getattr(target, "__self__", None), getattr(target, "__name__", None)
    if owner is None or not isinstance(method, str):
        return None
    return f"{type(owner).__module__.rsplit('.', 1)[-1]}.{method}"


def explain_type_error(target: Any, kwargs: Mapping[str, Any], exc: TypeError) -> Exception:
    """A call rejected for a keyword its generated operation lacks is an absent field."""
    if not isinstance(target, str) or not has(target):
        return exc
    unknown = sorted(set(kwargs) - _parameters(target))
    if not unknown:
        return exc
    error = missing(target, field=unknown[0])
    error.__cause__ = exc
    return error


# --- the server's version -------------------------------------------------------------------------


class ServerFacts:
    """What one client learned about its server: its version, asked once, warned about once."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.client = client_version()
        self.version: str | None = None
        self.operations: frozenset[str] | None = None  # wire names in the server's spec, if fetched
        self.asked: set[str] = set()  # what the engine asked already (answered or not): never twice
        self._warned = False

    def to_ask(self) -> list[str]:
        """What a 404 ``Not found`` needs asked: the version, else the server's spec; each once."""
        if self.version is None and VERSION_OPERATION not in self.asked:
            return [VERSION_OPERATION, SPEC_OPERATION]
        if self.version is None and self.operations is None and SPEC_OPERATION not in self.asked:
            return [SPEC_OPERATION]
        return []

    def answer(self, operation: str, data: Any) -> None:
        self.asked.add(operation)
        if operation == VERSION_OPERATION and data is not None:
            self.learn(data)
        elif operation == SPEC_OPERATION and data is not None:
            self.learn_spec(data)

    @property
    def mismatch(self) -> bool:
        return self.version is not None and not same_version(self.version, self.client)

    def learn(self, version: Any) -> str:
        self.version = str(version).strip()
        if self.mismatch and not self._warned:
            self._warned = True
            warnings.warn(
                VersionMismatchWarning(
                    f"{self.base_url} runs Dokploy {self.version}; this client was generated for "
                    f"{self.client}: operations or fields one of them lacks raise OperationNotAvailable. "
                    "Regenerate for that server: dokploy-codegen generate --url <its URL>"
                ),
                stacklevel=4,
            )
        return self.version

    def learn_spec(self, spec: Any) -> None:
        self.operations = spec_operations(spec)

    def unavailable(self, operation: str, error: NotFoundError) -> OperationNotAvailable | None:
        """The ``OperationNotAvailable`` a 404 ``Not found`` means, given what is known."""
        if not unknown_procedure(error):
            return None
        if self.operations is not None:
            on_server = operation in self.operations
        elif self.version is not None:
            on_server = not self.mismatch
        else:
            return None
        if on_server:
            return None
        return OperationNotAvailable(
            operation, client_version=self.client, server_version=self.version, where="server"
        )


def unknown_procedure(error: NotFoundError) -> bool:
    """tRPC's answer for a path without a procedure, not a record lookup's "X not found"."""
    return error.message == UNKNOWN_PROCEDURE_MESSAGE and error.code in (None, "NOT_FOUND")


_METHODS = frozenset({"get", "post", "put", "patch", "delete"})


def spec_operations(spec: Any) -> frozenset[str]:
    """Wire names (``router.procedure``) of a Dokploy OpenAPI document, dot or slash paths."""
    paths = spec.get("paths") if isinstance(spec, dict) else None
    if not isinstance(paths, dict):
        return frozenset()
    names = set()
    for path, item in paths.items():
        if isinstance(item, dict) and _METHODS & set(item):
            names.add(re.sub(r"^/", "", str(path)).replace("/", "."))
    return frozenset(names)


def _worth_explaining(operation: str, error: NotFoundError) -> bool:
    """A 404 ``Not found`` for an operation of this client (not one it never had, not the
    version question itself): only then is the server's version worth a request."""
    return (
        unknown_procedure(error)
        and operation in registry.OPERATIONS
        and operation not in (VERSION_OPERATION, SPEC_OPERATION)
    )


def _info(name: str) -> tuple[str, str]:
    info = registry.OPERATIONS.get(name)
    return (info.method, info.path) if info is not None else ("GET", f"/{name}")


class _Checked(_EngineBase[ClientT]):
    """What makes an engine ``Checked``, for both drivers: a 404 ``Not found`` for an
    operation the server lacks becomes ``OperationNotAvailable``. Costs a request only
    on that error path."""

    facts: ServerFacts

    async def _call(self, operation: str, **call: Unpack[Call]) -> Any:
        try:
            return await super()._call(operation, **call)
        except NotFoundError as exc:
            if not _worth_explaining(operation, exc):
                raise
            await self._learn()
            unavailable = self.facts.unavailable(operation, exc)
            if unavailable is None:
                raise
            raise unavailable from exc

    async def _learn(self) -> None:
        for name in self.facts.to_ask():
            if self.facts.version is not None:
                break
            method, url = _info(name)
            try:
                data = await super()._call(name, method=method, url=url)
            except DokployError:
                data = None
            self.facts.answer(name, data)


class CheckedEngine(_Checked[httpx.Client], HTTPEngine):
    """The engine of ``Dokploy`` (see ``_Checked``)."""


class AsyncCheckedEngine(_Checked[httpx.AsyncClient], AsyncHTTPEngine):
    """The engine of ``AsyncDokploy`` (see ``_Checked``)."""

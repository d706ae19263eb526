"""Staging safety: the kit only mutates what it created, and never the host unasked.

Why a guard and not discipline: a contract test that sends ``project.remove``
with a recorded id, or a typo'd fixture, must not be able to delete a user's
real project on their staging instance. The guard learns ownership from create
responses (and from the throwaway fixtures), propagates it to children whose
parent reference is owned (a deployment of our application), and refuses every
other mutation before the request leaves the process.

What each request key means comes from the facts table (``dokploy_api.facts``,
compiled from ``overrides/corrections/facts.json``): every
id, reference and name key at any depth, lists too, must name something this
run owns; ``appName`` is an id (``*.reload`` restarts the service it names); a
claim key (a domain's host) must carry the run prefix; host-affecting
operations (and schedules, mounts and composes that reach the host) need an
opt-in per operation. The operation checked is the one in the URL sent, not the
label the caller gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from .errors import ForeignResourceError, GuardError, HostOperationError
from .facts import Facts, Operation, load

if TYPE_CHECKING:
    from dokploy_api.facts import Condition

_PROCEDURE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*\.[A-Za-z][A-Za-z0-9_-]*$")


def is_id_key(key: str) -> bool:
    return key.endswith(("Id", "Ids")) or key in ("id", "ids")


def procedure_of(url: str) -> str:
    """The procedure a URL calls: ``/api/project.one?x`` and ``/admin/setupMonitoring`` alike.

    Decoded first (``%2E`` is a dot to the server too); anything that is not one
    ``router.procedure`` name afterwards is refused, never guessed.
    """
    path = unquote(urlsplit(url).path)
    if "/api/" in path:
        path = path.rsplit("/api/", 1)[1]
    name = path.strip("/").replace("/", ".")
    if not _PROCEDURE_RE.match(name):
        raise GuardError(f"the kit sends only Dokploy procedures; {url!r} names none")
    return name


def is_host_operation(operation: str, facts: Facts | None = None) -> bool:
    row = (facts or load()).operation(operation)
    return row is not None and row.host_affecting


def is_create(operation: str) -> bool:
    return operation.split(".", 1)[1].startswith("create")


def is_mutating_read(operation: str, params: Any, facts: Facts | None = None) -> bool:
    """A GET that changes something (``compose.loadServices?type=fetch`` rewrites files):
    checked like a mutation when one of its table conditions holds for its query."""
    conditions = (facts or load()).mutating_when(operation)
    return isinstance(params, Mapping) and any(condition_holds(c, params) for c in conditions)


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
        fields: dict[str, Any] = dict(multipart_fields(kwargs["files"]))
        data = kwargs.get("data")
        if isinstance(data, Mapping):
            fields.update({str(k): v for k, v in data.items()})
        return fields
    return kwargs.get("json")


def walk_keys(value: Any) -> Iterator[tuple[str, Any]]:
    """Every ``(key, value)`` of a body at any depth, lists too, without recursion."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            for key, item in node.items():
                yield str(key), item
                stack.append(item)
        elif isinstance(node, (list, tuple)):
            stack.extend(node)


def _values(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [str(value)]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if isinstance(v, (str, int)) and not isinstance(v, bool) and v != ""]
    return []


def condition_holds(condition: Condition, body: Any) -> bool:
    """Whether some key of ``body`` (any depth) named ``condition.key`` meets it."""
    for key, value in walk_keys(body):
        if key != condition.key or value is None:
            continue
        if condition.present and value not in ("", [], {}):
            return True
        if condition.one_of and value in condition.one_of:
            return True
        if condition.matches is not None and isinstance(value, str) and re.search(condition.matches, value):
            return True
    return False


@dataclass
class Created:
    """A record this run created: removed at teardown unless the run removed it."""

    kind: str
    record_id: str | None
    name: str | None = None
    operation: str | None = None  # the create (wire name), for one that answered no id
    body: Mapping[str, Any] | None = None  # what it was sent (wire names): how to find the record


@dataclass
class Ledger:
    """Every record the run created, across all its scopes, in creation order."""

    records: list[Created] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)  # every id any scope owned (snapshots leave them out)

    def add(self, record: Created) -> None:
        self.records.append(record)

    def removed(self, record_id: str) -> None:
        self.records = [r for r in self.records if r.record_id != record_id]

    def pending(self, facts: Facts) -> list[Created]:
        """Top-level records still there, newest first (children go with their parents)."""
        return [r for r in reversed(self.records) if (kind := facts.kind(r.kind)) and kind.top_level]


class Guard:
    """Decides, per call, whether the kit may send it; learns ownership from answers."""

    def __init__(
        self,
        *,
        allowed_host_operations: Iterable[str] = (),
        enforce_host: bool = True,
        prefix: str = "",
        ledger: Ledger | None = None,
        facts: Facts | None = None,
    ) -> None:
        self.allowed_host_operations = frozenset(allowed_host_operations)
        self.enforce_host = enforce_host
        self.prefix = prefix
        self.facts = facts or load()
        self.ledger = ledger if ledger is not None else Ledger()
        self.owned: set[str] = set()
        self.names: set[str] = set()  # service names (appName) of owned records
        self.home: set[str] = set()  # references the run's own records carry (its organization)

    def adopt(self, *ids: str | None) -> None:
        """Mark ids as created by this run (the throwaway fixtures call this)."""
        self.owned.update(i for i in ids if i)
        self.ledger.seen.update(self.owned)

    def adopt_names(self, *names: str | None) -> None:
        self.names.update(n for n in names if n)

    # --- checking -----------------------------------------------------------------------

    def check(self, operation: str, method: str, body: Any, url: str | None = None) -> None:
        """Raise before sending a call the kit must not make.

        ``body`` is what ``request_body`` gives: the JSON body, a multipart body's form
        fields, or a GET's query. ``url`` is what the engine will send; its procedure is
        the one checked (a label saying ``project.one`` on a ``project.remove`` URL
        checks ``project.remove``), and a query on a POST URL is checked with the body.
        """
        if url is not None:
            operation = procedure_of(url)
            query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
            if query and method.upper() != "GET":
                body = {"__query__": query, "__body__": body}
        if method.upper() == "GET" and not is_mutating_read(operation, body, self.facts):
            return  # reads act on nothing; host operations are all mutations
        row = self.facts.operation(operation)
        if self._host(operation, row, body):
            if self.enforce_host and operation not in self.allowed_host_operations:
                what = "is not in the facts table" if row is None else "acts on the Dokploy host"
                raise HostOperationError(
                    f"{operation} {what}; the kit calls it only when opted in: "
                    f"--dokploy-allow-host-ops={operation}"
                )
            opted = True
        else:
            opted = False
        foreign, touched = self._foreign(operation, row, body)
        if foreign:
            raise ForeignResourceError(
                f"{operation} would change {', '.join(foreign)}, which this run did not "
                "create; the kit only mutates resources it created (throwaway fixtures)"
            )
        if not (is_create(operation) or touched or opted or method.upper() == "GET"):
            raise ForeignResourceError(
                f"{operation} changes no resource this run created (a global or unscoped "
                "mutation); the kit refuses it"
            )

    def _host(self, operation: str, row: Operation | None, body: Any) -> bool:
        if row is None:
            # a GET that changes something is checked for ownership only; an operation the
            # table does not know at all: assume the worst
            return not self.facts.known(operation)
        if row.host_affecting:
            return True
        return any(condition_holds(c, body) for c in row.host_affecting_when)

    def _foreign(self, operation: str, row: Operation | None, body: Any) -> tuple[list[str], bool]:
        """``(foreign key=value items, whether an owned record is named)``."""
        facts = self.facts
        external = facts.external_keys | (row.external_keys if row else frozenset())
        ids = (row.id_keys | row.reference_keys) if row else frozenset()
        names = facts.name_keys | (row.name_keys if row else frozenset())
        claims = row.claim_keys if row else frozenset()
        foreign: list[str] = []
        touched = False
        for key, value in walk_keys(body):
            if key in external:
                continue
            if key in claims:
                for item in _values(value):
                    if not (self.prefix and item.startswith(self.prefix)) and item not in self.names:
                        foreign.append(f"{key}={item} (a claim must carry the run prefix {self.prefix!r})")
            elif key in names:
                for item in _values(value):
                    if item in self.names or item in self.owned:
                        touched = True
                    elif not (self.prefix and item.startswith(self.prefix) and is_create(operation)):
                        foreign.append(f"{key}={item}")
            elif key in ids or is_id_key(key):
                for item in _values(value):
                    if item in self.owned:
                        touched = True
                    elif key in facts.home_references and item in self.home:
                        continue
                    else:
                        foreign.append(f"{key}={item}")
        return foreign, touched

    # --- learning -----------------------------------------------------------------------

    def learn(self, operation: str, data: Any, body: Any = None, url: str | None = None) -> None:
        """Own what a create returned, children of anything owned; note what was removed."""
        if url is not None:
            operation = procedure_of(url)
        row = self.facts.operation(operation)
        if row is not None and row.creates:
            self._learn_created(row, data, body)
        if row is not None and row.removes:
            kind = self.facts.kind(row.removes)
            for key, value in walk_keys(body):
                if kind is not None and key == kind.id_key and isinstance(value, str):
                    self.ledger.removed(value)
        self._propagate(data)
        self.ledger.seen.update(self.owned)

    def _learn_created(self, row: Operation, data: Any, body: Any) -> None:
        kind = str(row.creates)
        known = self.facts.kind(kind)
        key = known.id_key if known else row.target_key
        found: list[str] = []
        if isinstance(data, Mapping):
            # project.create answers {project: {...}, environment: {...}}: one level down too
            candidates = [data, *(v for v in data.values() if isinstance(v, Mapping))]
            for obj in candidates:
                value = obj.get(key) or (obj.get("id") if kind == "apiKey" else None)
                if isinstance(value, str) and value not in found:
                    found.append(value)
                for other in ("appName",):
                    if isinstance(obj.get(other), str):
                        self.names.add(obj[other])
                for ref in self.facts.home_references:
                    if isinstance(obj.get(ref), str) and (obj is data or obj.get(key)):
                        self.home.add(obj[ref])
        self.owned.update(found)
        name = body.get("name") if isinstance(body, Mapping) and isinstance(body.get("name"), str) else None
        for value in found:
            self.ledger.add(Created(kind, value, name))
        if not found:  # answered true: found again at teardown, where its finder says it shows up
            sent = body if isinstance(body, Mapping) else None
            self.ledger.add(Created(kind, None, name, row.name, sent))

    def _propagate(self, data: Any) -> None:
        references = self.facts.reference_keys
        objects = list(_objects(data))
        changed = True
        while changed:
            before = len(self.owned)
            for obj in objects:
                ids = [(k, v) for k, v in obj.items() if k.endswith("Id") and isinstance(v, str)]
                parents = [v for k, v in ids if k not in references and v in self.owned]
                if parents:
                    self.owned.update(v for k, v in ids if k not in references)
                    if isinstance(obj.get("appName"), str):
                        self.names.add(obj["appName"])
            changed = len(self.owned) != before


def _objects(value: Any) -> Iterator[Mapping[str, Any]]:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)

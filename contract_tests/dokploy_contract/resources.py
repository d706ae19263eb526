"""Throwaway resources: created with the run prefix, removed at teardown, always.

Removal runs in reverse creation order even when the test failed; what cannot
be removed is reported by name so nothing is left behind silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dokploy import Dokploy, NotFoundError

from .errors import ContractKitError
from .facts import Facts, load
from .guard import Created, Ledger
from .session import Scope

if TYPE_CHECKING:
    from dokploy_api.facts import RecordKind


def wire(result: Any) -> dict[str, Any]:
    """A typed result as its wire-named dict (what the server sent)."""
    data = result.to_dict() if hasattr(result, "to_dict") else result
    if not isinstance(data, dict):
        raise ContractKitError(f"expected an object, got {type(data).__name__}")
    return data


@dataclass
class ThrowawayProject:
    """A project this run created, with the default environment Dokploy made for it."""

    project: dict[str, Any]
    environment: dict[str, Any]

    @property
    def project_id(self) -> str:
        return str(self.project["projectId"])

    @property
    def environment_id(self) -> str:
        return str(self.environment["environmentId"])

    @property
    def name(self) -> str:
        return str(self.project["name"])


class CleanupFailed(ContractKitError):
    """Teardown could not remove some of the run's resources."""


class Throwaway:
    """Creates prefixed resources through a guarded client and removes them at ``close``."""

    def __init__(self, scope: Scope, client: Dokploy) -> None:
        self.scope = scope
        self.client = client
        self._cleanups: list[tuple[str, Callable[[], object]]] = []

    def name(self, label: str) -> str:
        return self.scope.name(label)

    def defer(self, description: str, remove: Callable[[], object]) -> None:
        """Register a removal to run at teardown (newest first)."""
        self._cleanups.append((description, remove))

    def project(self, label: str = "project", description: str | None = None) -> ThrowawayProject:
        created = wire(self.client.call("project.create", name=self.name(label), description=description))
        made = ThrowawayProject(project=created["project"], environment=created["environment"])
        self.scope.guard.adopt(made.project_id, made.environment_id)
        self.defer(
            f"project {made.name}",
            lambda: self.client.call("project.remove", projectId=made.project_id),
        )
        return made

    def application(self, environment_id: str, label: str = "app", **fields: Any) -> dict[str, Any]:
        """An application in one of our environments (removed with its project)."""
        app = wire(
            self.client.call(
                "application.create", name=self.name(label), environmentId=environment_id, **fields
            )
        )
        self.scope.guard.adopt(app.get("applicationId"))
        return app

    def postgres(self, environment_id: str, label: str = "pg", **fields: Any) -> dict[str, Any]:
        values = {
            "name": self.name(label),
            "databaseName": "contract",
            "databaseUser": "contract",
            "databasePassword": "contract-test-password",
            "environmentId": environment_id,
            **fields,
        }
        db = wire(self.client.call("postgres.create", **values))
        self.scope.guard.adopt(db.get("postgresId"))
        return db

    def compose(self, environment_id: str, label: str = "compose", **fields: Any) -> dict[str, Any]:
        compose = wire(
            self.client.call("compose.create", name=self.name(label), environmentId=environment_id, **fields)
        )
        self.scope.guard.adopt(compose.get("composeId"))
        return compose

    def close(self) -> None:
        """Remove everything, newest first; raise once listing what survived."""
        failures = []
        while self._cleanups:
            description, remove = self._cleanups.pop()
            try:
                remove()
            except NotFoundError:
                continue  # the test removed it already
            except Exception as exc:
                failures.append(f"{description}: {exc}")
        if failures:
            raise CleanupFailed(
                "could not remove (remove them by hand; their names carry the run prefix): "
                + "; ".join(failures)
            )


def _found_ids(client: Dokploy, record: Created, kind: RecordKind, table: Facts) -> list[str]:
    """The ids of a record its create answered ``true`` for: those of the records with its
    name where the create's row of ``FINDERS`` says it shows up (else the kind's listing)."""
    finder = table.finders.get(record.operation or "")
    if finder is None:
        if kind.listing is None:
            return []
        return _listed_ids(client.call_json(kind.listing), None, None, kind.id_key, {"name": record.name})
    body = dict(record.body or {})
    usable = [item for item in finder.listings if all(_camel(ours) in body for _, ours in item.arguments)]
    if len(usable) != 1:
        return []
    listing = usable[0]
    answer = client.call_json(
        listing.operation, **{_camel(theirs): body[_camel(ours)] for theirs, ours in listing.arguments}
    )
    wanted = {_camel(name): body[_camel(name)] for name in finder.match if _camel(name) in body}
    items = None if finder.items is None else _camel(finder.items)
    of_kind = None if finder.kind is None else _camel(finder.kind)
    return _listed_ids(answer, items, of_kind, kind.id_key, {**wanted, "name": record.name})


def _camel(name: str) -> str:
    """A finder's python name as Dokploy spells it: ``public_key`` -> ``publicKey``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _listed_ids(
    answer: Any, items: str | None, of_kind: str | None, id_key: str, wanted: dict[str, Any]
) -> list[str]:
    """``id_key`` of each record of a listing's ``answer`` (its field ``items``, those with a
    field ``of_kind``) showing every ``wanted`` value, itself or one level down."""
    found = answer.get(items) if items and isinstance(answer, dict) else answer
    rows = [r for r in found if isinstance(r, dict)] if isinstance(found, list) else []
    if of_kind is not None:
        rows = [r for r in rows if r.get(of_kind) is not None]
    ids = (_shown(r, id_key) for r in rows if all(_shown(r, k) == v for k, v in wanted.items()))
    return [str(i) for i in ids if i is not None]


def _shown(record: dict[str, Any], key: str) -> Any:
    """``record[key]``, else the first nested record's (``gitProvider.name``, ``gitlab.gitlabUrl``)."""
    if key in record:
        return record[key]
    return next((v[key] for v in record.values() if isinstance(v, dict) and key in v), None)


def remove_leftovers(
    client: Dokploy, ledger: Ledger, run_prefix: str, facts: Facts | None = None
) -> list[str]:
    """Remove every top-level record the run created and did not remove; what failed, by name.

    The session's safety net: a test that created a destination, a notification or
    an SSH key and never removed it (or failed first) does not leave it behind.
    Records a create answered only ``true`` for are found by their prefixed name, where
    the create's row of ``dokploy_api.facts.FINDERS`` says they show up.
    """
    table = facts or load()
    failures = []
    for record in ledger.pending(table):
        kind = table.kind(record.kind)
        remove, id_key = (kind.remove, kind.id_key) if kind else (None, None)
        ids = [record.record_id] if record.record_id else []
        try:
            if not ids and kind and record.name and record.name.startswith(run_prefix):
                ids = _found_ids(client, record, kind, table)
            if not remove or not id_key or not ids:
                failures.append(
                    f"{record.kind} {record.name or record.record_id}: no way to find or remove it"
                )
                continue
            for record_id in ids:
                try:
                    client.call(remove, **{id_key: record_id})
                except NotFoundError:
                    pass  # already gone
                ledger.removed(record_id)
            if record in ledger.records:  # found by name
                ledger.records.remove(record)
        except Exception as exc:
            failures.append(f"{record.kind} {record.name or record.record_id}: {exc}")
    return failures

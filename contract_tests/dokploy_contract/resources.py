"""Throwaway resources: created with the run prefix, removed at teardown, always.

Removal runs in reverse creation order even when the test failed; what cannot
be removed is reported by name so nothing is left behind silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dokploy import Dokploy, NotFoundError

from .errors import ContractKitError
from .facts import Facts, load
from .guard import Ledger
from .session import Scope


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


def _listed_ids(client: Dokploy, listing: str, id_key: str, name: str) -> list[str]:
    raw = client.call_json(listing)
    items = raw if isinstance(raw, list) else []
    return [str(i[id_key]) for i in items if isinstance(i, dict) and i.get("name") == name and i.get(id_key)]


def remove_leftovers(
    client: Dokploy, ledger: Ledger, run_prefix: str, facts: Facts | None = None
) -> list[str]:
    """Remove every top-level record the run created and did not remove; what failed, by name.

    The session's safety net: a test that created a destination, a notification or
    an SSH key and never removed it (or failed first) does not leave it behind.
    Records a create answered only ``true`` for are found by their prefixed name.
    """
    table = facts or load()
    failures = []
    for record in ledger.pending(table):
        kind = table.kind(record.kind)
        remove, id_key, listing = (kind.remove, kind.id_key, kind.listing) if kind else (None, None, None)
        ids = [record.record_id] if record.record_id else []
        try:
            if not ids and listing and id_key and record.name and record.name.startswith(run_prefix):
                ids = _listed_ids(client, listing, id_key, record.name)
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

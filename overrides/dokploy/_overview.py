"""``client.project.overview()``: every project, environment and service from one ``project.all``.

``project.all`` nests only a few columns per service (v0.30.2: applications and
compose carry name and status, databases only their id), so fields it does not
send are None here rather than a second round of calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from dokploy_api.types import Unset

from ._created import MISSING, field
from ._databases import KINDS

if TYPE_CHECKING:
    from dokploy_api.models.project_all_item import ProjectAllItem as Project

# Environment attribute -> (service type, id field, status field).
SERVICE_TYPES: tuple[tuple[str, str, str, str], ...] = (
    ("applications", "application", "application_id", "application_status"),
    ("compose", "compose", "compose_id", "compose_status"),
    *((k.name, k.name, k.id_argument, "application_status") for k in KINDS.values()),
)
DATABASE_TYPES = frozenset(KINDS)


@attrs.frozen
class ServiceSummary:
    type: str  # "application", "compose", "postgres", ...
    id: str
    name: str | None
    status: str | None


@attrs.frozen
class EnvironmentSummary:
    environment_id: str
    name: str
    is_default: bool
    services: tuple[ServiceSummary, ...]

    @property
    def applications(self) -> tuple[ServiceSummary, ...]:
        return tuple(s for s in self.services if s.type == "application")

    @property
    def compose(self) -> tuple[ServiceSummary, ...]:
        return tuple(s for s in self.services if s.type == "compose")

    @property
    def databases(self) -> tuple[ServiceSummary, ...]:
        return tuple(s for s in self.services if s.type in DATABASE_TYPES)


@attrs.frozen
class ProjectSummary:
    project_id: str
    name: str
    description: str | None
    environments: tuple[EnvironmentSummary, ...]


def _text(value: Any) -> str | None:
    return None if value is None or isinstance(value, Unset) or value is MISSING else str(value)


def _services(environment: Any) -> tuple[ServiceSummary, ...]:
    out: list[ServiceSummary] = []
    for attribute, type_, id_field, status_field in SERVICE_TYPES:
        items = getattr(environment, attribute, None)
        for item in [] if items is None or isinstance(items, Unset) else items:
            out.append(
                ServiceSummary(
                    type=type_,
                    id=str(field(item, id_field)),
                    name=_text(field(item, "name")),
                    status=_text(field(item, status_field)),
                )
            )
    return tuple(out)


def summarize(projects: list[Project]) -> list[ProjectSummary]:
    """The tree ``client.project.overview()`` returns, built from ``project.all``'s answer."""
    return [
        ProjectSummary(
            project_id=p.project_id,
            name=p.name,
            description=_text(p.description),
            environments=tuple(
                EnvironmentSummary(
                    environment_id=e.environment_id,
                    name=e.name,
                    is_default=e.is_default is True,
                    services=_services(e),
                )
                for e in ([] if isinstance(p.environments, Unset) else p.environments)
            ),
        )
        for p in projects
    ]

"""``client.project``: Dokploy's project operations, plus its environment and an overview.

``project.create`` itself already answers the project and its default environment
(``ProjectCreateResult.project`` / ``.environment``), so it stays the generated one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dokploy_api.api import project as generated

from .._resource import AsyncHelpers, Helpers, SyncHelpers, helper
from .._steps import Workflow, call

if TYPE_CHECKING:
    from dokploy_api.models.project_one_environment import ProjectOneEnvironment

    from .._environments import ProjectRef
    from .._overview import ProjectSummary


class _Project(Helpers):
    @helper
    def environment(self, project: ProjectRef, name: str | None = None) -> Workflow[ProjectOneEnvironment]:
        """The project's environment ``name``, or its default (``isDefault``, else "production").

        ``project`` is an id, a ``Project`` or anything with a ``project_id`` (an
        ``overview()`` entry); ``EnvironmentNotFound`` lists the names there are.
        """
        # Imported on first use: ``client.project`` is built on most first calls.
        from .._environments import project_environment

        return (yield from project_environment(self._client, project, name))

    @helper
    def overview(self) -> Workflow[list[ProjectSummary]]:
        """Projects -> environments -> services with ids and status, from one ``project.all``.

        Databases come with their id only (``project.all`` sends no more): their name and
        status are None.
        """
        from .._overview import summarize  # on first use, as above

        projects = yield from call(self._client.project.all)
        return summarize(projects)


class ProjectResource(SyncHelpers, _Project, generated.ProjectResource):
    """``client.project`` on ``Dokploy``: the generated operations and the helpers above."""


class AsyncProjectResource(AsyncHelpers, _Project, generated.AsyncProjectResource):
    """``client.project`` on ``AsyncDokploy``: the same, awaited."""

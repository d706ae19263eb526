"""Real answers of Dokploy v0.30.2 that the test_client_* modules script their fakes with."""

from __future__ import annotations

from typing import Any

import pytest
from fakes import recorded


@pytest.fixture
def project() -> dict[str, Any]:
    """``project.one`` as recorded: a project with its environments (one of them the default)."""
    body: dict[str, Any] = recorded("project.one", file="02-projects.jsonl")
    assert body["environments"], "the recorded project has environments"
    return body


@pytest.fixture
def application() -> dict[str, Any]:
    """``application.one`` as recorded."""
    body: dict[str, Any] = recorded("application.one", file="03-application.jsonl")
    return body

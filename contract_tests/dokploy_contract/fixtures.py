"""The fixtures the plugin provides: clients, the mode, and throwaway resources.

Only pytest and the standard library are imported here (see ``activation``): the
kit itself is imported when ``dokploy_kit``, the root of every fixture, first runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .activation import KIT_KEY, kit_session
from .errors import MissingExtrasError

if TYPE_CHECKING:
    from dokploy import AsyncDokploy, Dokploy

    from .resources import Throwaway, ThrowawayProject
    from .session import KitSession, Scope

__all__ = [
    "KIT_KEY",
    "async_dokploy",
    "dokploy",
    "dokploy_kit",
    "dokploy_mode",
    "dokploy_scope",
    "dokploy_throwaway",
    "selector",
    "throwaway_project",
]


def selector(item: pytest.Item) -> str:
    """A ``-k`` expression selecting this test (parametrize ids cannot go in ``-k``)."""
    original = getattr(item, "originalname", item.name)
    return item.name if original == item.name else f"{original} and {item.name[len(original) + 1 : -1]}"


@pytest.fixture(scope="session")
def dokploy_kit(pytestconfig: pytest.Config) -> KitSession:
    """The session's kit: settings, the vcrpy config, scopes for module-level fixtures."""
    try:
        return kit_session(pytestconfig)
    except MissingExtrasError as exc:
        message = str(exc)
    pytest.fail(message, pytrace=False)  # outside the except: no chained traceback


@pytest.fixture(scope="session")
def dokploy_mode(dokploy_kit: KitSession) -> str:
    """``replay``, ``record`` or ``live``."""
    return dokploy_kit.settings.mode


@pytest.fixture
def dokploy_scope(request: pytest.FixtureRequest, dokploy_kit: KitSession) -> Iterator[Scope]:
    """This test's cassette (``<version>/<module>/<test>.yaml``), guard and run prefix."""
    module = request.node.module.__name__.rsplit(".", 1)[-1]
    with dokploy_kit.scope(module, request.node.name, selector(request.node)) as scope:
        yield scope


@pytest.fixture
def dokploy(dokploy_scope: Scope) -> Dokploy:
    """The ordinary sync client, guarded, against the cassette or the instance."""
    return dokploy_scope.client()


@pytest.fixture
def async_dokploy(dokploy_scope: Scope) -> AsyncDokploy:
    """The async client, guarded (drive it with ``asyncio.run`` or your async plugin)."""
    return dokploy_scope.async_client()


@pytest.fixture
def dokploy_throwaway(dokploy_scope: Scope, dokploy: Dokploy) -> Iterator[Throwaway]:
    """Creates prefixed resources; removes them after the test, pass or fail."""
    from .resources import Throwaway

    throwaway = Throwaway(dokploy_scope, dokploy)
    yield throwaway
    throwaway.close()


@pytest.fixture
def throwaway_project(dokploy_throwaway: Throwaway) -> ThrowawayProject:
    """A fresh prefixed project and its default environment, removed at teardown."""
    return dokploy_throwaway.project()

"""The fixtures the plugin provides: clients, the mode, and throwaway resources."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dokploy import AsyncDokploy, Dokploy

from .resources import Throwaway, ThrowawayProject
from .session import KitSession, Scope

KIT_KEY = pytest.StashKey[KitSession]()


def selector(item: pytest.Item) -> str:
    """A ``-k`` expression selecting this test (parametrize ids cannot go in ``-k``)."""
    original = getattr(item, "originalname", item.name)
    return item.name if original == item.name else f"{original} and {item.name[len(original) + 1 : -1]}"


@pytest.fixture(scope="session")
def dokploy_kit(pytestconfig: pytest.Config) -> KitSession:
    """The session's kit: settings, the vcrpy config, scopes for module-level fixtures."""
    return pytestconfig.stash[KIT_KEY]


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
    throwaway = Throwaway(dokploy_scope, dokploy)
    yield throwaway
    throwaway.close()


@pytest.fixture
def throwaway_project(dokploy_throwaway: Throwaway) -> ThrowawayProject:
    """A fresh prefixed project and its default environment, removed at teardown."""
    return dokploy_throwaway.project()

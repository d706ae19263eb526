"""Starting the kit on first use, so that merely having it installed costs nothing.

Why: the ``pytest11`` entry point loads the plugin into every pytest run of
everyone who installs ``dokploy-client``, with or without the ``[contract]``
extra. So this module, the plugin and the fixtures import only pytest and the
standard library; the kit's session (vcrpy, pytest-socket, PyYAML, the client)
is imported and built when a test first asks for a kit fixture, or at
configure time when a ``--dokploy-*`` option needs it (record and live).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .errors import MissingExtrasError, ModeConfigurationError

if TYPE_CHECKING:
    from .session import KitSession
    from .settings import KitSettings

KIT_KEY = pytest.StashKey["KitSession"]()
SETTINGS_KEY = pytest.StashKey["KitSettings"]()
# The modules the kit needs beyond the client: what ``[contract]`` brings.
CONTRACT_MODULES = ("vcr", "pytest_socket", "yaml")
EXTRAS_HINT = "install dokploy-client[contract]"
# Every kit fixture depends on ``dokploy_kit``: a test using any of them has it in its closure.
ROOT_FIXTURE = "dokploy_kit"


def missing_extras() -> list[str]:
    """The contract modules that cannot be imported (empty when the extra is installed)."""
    missing = []
    for name in CONTRACT_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def require_extras() -> None:
    missing = missing_extras()
    if missing:
        raise MissingExtrasError(
            f"dokploy-contract: the kit needs {', '.join(missing)}, which this environment lacks: "
            f"{EXTRAS_HINT} (pip install 'dokploy-client[contract]')"
        )


def uses_kit(item: pytest.Item) -> bool:
    return ROOT_FIXTURE in getattr(item, "fixturenames", ())


def kit_settings(config: pytest.Config) -> KitSettings:
    """The run's settings from its options (built once); bad options are a usage error."""
    settings = config.stash.get(SETTINGS_KEY, None)
    if settings is None:
        from .settings import build_settings

        root = config.getoption("--dokploy-cassettes") or Path(str(config.rootpath)) / "cassettes"
        try:
            settings = build_settings(
                config.getoption("--dokploy-mode"),
                Path(root),
                config.getoption("--dokploy-allow-host-ops"),
                config.getoption("--dokploy-version"),
            )
        except ModeConfigurationError as exc:
            raise pytest.UsageError(str(exc)) from exc
        config.stash[SETTINGS_KEY] = settings
    return settings


def kit_session(config: pytest.Config) -> KitSession:
    """The session's kit, built on first use; ``MissingExtrasError`` without ``[contract]``."""
    kit = config.stash.get(KIT_KEY, None)
    if kit is None:
        settings = kit_settings(config)
        require_extras()
        from .session import KitSession

        kit = KitSession(settings)
        config.stash[KIT_KEY] = kit
    return kit

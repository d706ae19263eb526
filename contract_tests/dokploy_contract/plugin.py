"""pytest plugin entry point (registered as ``pytest11: dokploy``): options and hooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from dokploy import Dokploy, DokployError

from . import coverage, snapshot
from .errors import ModeConfigurationError
from .fixtures import (
    KIT_KEY,
    async_dokploy,
    dokploy,
    dokploy_kit,
    dokploy_mode,
    dokploy_scope,
    dokploy_throwaway,
    throwaway_project,
)
from .session import KitSession
from .settings import KitSettings, build_settings

__all__ = [
    "async_dokploy",
    "dokploy",
    "dokploy_kit",
    "dokploy_mode",
    "dokploy_scope",
    "dokploy_throwaway",
    "throwaway_project",
]

SNAPSHOT_KEY = pytest.StashKey[dict[str, object]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("dokploy", "Dokploy contract kit")
    group.addoption(
        "--dokploy-mode",
        choices=("replay", "record", "live"),
        default="replay",
        help="replay cassettes offline (default), record them from DOKPLOY_API_URL, or run live",
    )
    group.addoption("--dokploy-cassettes", default=None, help="cassette root (default: <rootdir>/cassettes)")
    group.addoption(
        "--dokploy-version", default=None, help="cassette version to replay (default: the newest recorded)"
    )
    group.addoption(
        "--dokploy-coverage",
        nargs="?",
        const="-",
        default=None,
        metavar="FILE",
        help="report operations with recorded traffic (GETs first); with FILE, also write it there",
    )
    group.addoption(
        "--dokploy-allow-host-ops",
        default=None,
        metavar="OP1,OP2",
        help="let record/live call these host-affecting operations (e.g. application.killBuild)",
    )


def _connect(settings: KitSettings) -> str:
    """The target's Dokploy version; refuses to start when the instance does not answer."""
    try:
        with Dokploy(base_url=settings.base_url, api_key=settings.api_key, max_retries=0) as client:
            return str(client.settings.get_dokploy_version())
    except DokployError as exc:
        raise pytest.UsageError(
            f"--dokploy-mode={settings.mode}: {settings.base_url} did not answer "
            f"settings.getDokployVersion ({exc})"
        ) from exc


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "dokploy: a Dokploy contract test")
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
    if settings.talks_to_server:
        settings.version = _connect(settings)
        with Dokploy(base_url=settings.base_url, api_key=settings.api_key) as client:
            config.stash[SNAPSHOT_KEY] = snapshot.take(client, settings.run_prefix)
    config.stash[KIT_KEY] = KitSession(settings)


def pytest_report_header(config: pytest.Config) -> list[str]:
    s = config.stash[KIT_KEY].settings
    if s.talks_to_server:
        writes = f"writing cassettes to {s.version_dir}" if s.mode == "record" else "writing nothing"
        return [
            f"dokploy-contract: {s.mode} mode against {s.base_url} (Dokploy {s.version}), "
            f"run prefix {s.run_prefix}, {writes}"
        ]
    return [f"dokploy-contract: replay mode, cassettes {s.version_dir}, network blocked"]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    kit = config.stash.get(KIT_KEY, None)
    if kit is None or not kit.settings.talks_to_server:
        return
    s = kit.settings
    with Dokploy(base_url=s.base_url, api_key=s.api_key) as client:
        changes = snapshot.compare(config.stash[SNAPSHOT_KEY], snapshot.take(client, s.run_prefix))
        left = snapshot.leftovers(client, s.run_prefix)
    problems = changes + [f"project {name!r} of this run was not removed" for name in left]
    if problems:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        text = "dokploy-contract: THE INSTANCE WAS CHANGED:\n  " + "\n  ".join(problems)
        if reporter is not None:
            reporter.write_line(text, red=True, bold=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    target = config.getoption("--dokploy-coverage")
    if target is None:
        return
    text = coverage.report(coverage.read(config.stash[KIT_KEY].settings.version_dir))
    terminalreporter.write_line(text)
    if target != "-":
        Path(target).write_text(text + "\n", encoding="utf-8")

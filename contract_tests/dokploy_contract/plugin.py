"""pytest plugin entry point (registered as ``pytest11: dokploy``): options and hooks.

Loaded into every pytest run of everyone who installs ``dokploy-client``, so at
import time it needs only pytest and the standard library: the kit (vcrpy,
pytest-socket, PyYAML, the client) is imported when a test uses a kit fixture,
or when ``--dokploy-mode=record|live`` or ``--dokploy-coverage`` asks for it.
Without the ``[contract]`` extra, a suite that uses none of it runs as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .activation import (
    EXTRAS_HINT,
    KIT_KEY,
    SETTINGS_KEY,
    kit_session,
    kit_settings,
    missing_extras,
    require_extras,
    uses_kit,
)
from .errors import MissingExtrasError

if TYPE_CHECKING:
    from collections.abc import Generator

    from .settings import KitSettings
    from .versions import Compatibility

# The fixtures (``fixtures.__all__``) load with this plugin, however pytest found it
# (the entry point, ``-p dokploy_contract.plugin``); ``-p no:dokploy`` leaves both out.
pytest_plugins = ["dokploy_contract.fixtures"]

SNAPSHOT_KEY = pytest.StashKey[dict[str, object]]()
COMPAT_KEY = pytest.StashKey["Compatibility"]()
UNAVAILABLE_KEY = pytest.StashKey[list[tuple[str, str]]]()


def _compatibility(config: pytest.Config) -> Compatibility | None:
    """Client against server versions, surveyed at the start of a record/live run."""
    return config.stash.get(COMPAT_KEY, None)


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
    from dokploy import Dokploy, DokployError

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
    if config.getoption("--dokploy-mode", "replay") == "replay":
        return  # replay starts on first use of a kit fixture
    # record/live talk to an instance: refuse bad settings and snapshot it before any test.
    settings = kit_settings(config)
    try:
        require_extras()
    except MissingExtrasError as exc:
        raise pytest.UsageError(str(exc)) from exc
    from dokploy import Dokploy

    from . import snapshot, versions

    settings.version = _connect(settings)
    with Dokploy(base_url=settings.base_url, api_key=settings.api_key) as client:
        config.stash[SNAPSHOT_KEY] = snapshot.take(client, settings.run_prefix)
        config.stash[COMPAT_KEY] = versions.survey(client, settings.version)
    kit_session(config)


def pytest_report_header(config: pytest.Config) -> list[str]:
    s = config.stash.get(SETTINGS_KEY, None)
    if s is None or not s.talks_to_server:
        return []  # replay reports itself after collection, only when a test uses the kit
    writes = f"writing cassettes to {s.version_dir}" if s.mode == "record" else "writing nothing"
    lines = [
        f"dokploy-contract: {s.mode} mode against {s.base_url} (Dokploy {s.version}), "
        f"run prefix {s.run_prefix}, {writes}"
    ]
    compat = _compatibility(config)
    if compat is not None:
        from .versions import header

        mismatch = header(compat)
        lines += [mismatch] if mismatch else []
    return lines


def pytest_report_collectionfinish(config: pytest.Config, items: list[pytest.Item]) -> list[str]:
    if config.stash.get(KIT_KEY, None) is not None or not any(uses_kit(item) for item in items):
        return []
    s = kit_settings(config)
    lines = [f"dokploy-contract: replay mode, cassettes {s.version_dir}, network blocked"]
    from .versions import replay_mismatch

    mismatch = replay_mismatch(s.version)
    lines += [f"dokploy-contract: {mismatch}"] if mismatch else []
    missing = missing_extras()
    if missing:
        lines.append(f"dokploy-contract: {', '.join(missing)} missing: {EXTRAS_HINT}")
    return lines


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """A kit test that met ``OperationNotAvailable`` ends ``unavailable``, not failed or
    passed; a replay miss caused by a client of another version than the cassettes is a skip."""
    outcome: Any = yield
    if call.excinfo is None or not uses_kit(item):
        return
    report: pytest.TestReport = outcome.get_result()
    from dokploy import OperationNotAvailable

    from . import versions
    from .errors import CassetteMissError

    error = call.excinfo.value
    if isinstance(error, OperationNotAvailable):
        report.outcome = "skipped"
        report.longrepr = (str(item.path), item.location[1] or 0, f"{versions.UNAVAILABLE}: {error}")
        report.dokploy_unavailable = error.operation  # type: ignore[attr-defined]
        item.config.stash.setdefault(UNAVAILABLE_KEY, []).append((item.nodeid, str(error)))
    elif isinstance(error, CassetteMissError):
        reason = versions.replay_mismatch(kit_settings(item.config).version)
        if reason is not None and kit_settings(item.config).mode == "replay":
            report.outcome = "skipped"
            report.longrepr = (str(item.path), item.location[1] or 0, f"Skipped: {reason}")


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config) -> tuple[str, str, str] | None:
    if getattr(report, "dokploy_unavailable", None) is not None:
        return "unavailable", "u", "UNAVAILABLE"
    return None


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    kit = config.stash.get(KIT_KEY, None)
    if kit is None or not kit.settings.talks_to_server:
        return
    from dokploy import Dokploy

    from . import snapshot

    s = kit.settings
    from .resources import remove_leftovers

    with Dokploy(base_url=s.base_url, api_key=s.api_key) as client:
        not_removed = remove_leftovers(client, kit.ledger, s.run_prefix)
        after = snapshot.take(client, s.run_prefix, own=frozenset(kit.ledger.seen))
        changes = snapshot.compare(config.stash[SNAPSHOT_KEY], after)
        left = snapshot.leftovers(client, s.run_prefix)
    problems = changes + [f"project {name!r} of this run was not removed" for name in left]
    problems += [f"not removed: {line}" for line in not_removed]
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if problems:
        text = "dokploy-contract: THE INSTANCE WAS CHANGED:\n  " + "\n  ".join(problems)
        if reporter is not None:
            reporter.write_line(text, red=True, bold=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif reporter is not None:
        reporter.write_line(f"dokploy-contract: instance unchanged ({snapshot.figures(after)} compared)")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    compat = _compatibility(config)
    unavailable = config.stash.get(UNAVAILABLE_KEY, [])
    if compat is not None or unavailable:
        from .versions import summary, unavailable_lines

        for line in (summary(compat) if compat is not None else []) + unavailable_lines(unavailable):
            terminalreporter.write_line(line, yellow=True)
    target = config.getoption("--dokploy-coverage")
    if target is None:
        return
    try:
        require_extras()
    except MissingExtrasError as exc:
        terminalreporter.write_line(str(exc), red=True)
        return
    from . import coverage

    text = coverage.report(coverage.read(kit_settings(config).version_dir))
    terminalreporter.write_line(text)
    if target != "-":
        Path(target).write_text(text + "\n", encoding="utf-8")

"""The run's settings, from the command line and the environment; refusals live here.

record and live talk to a real instance, so they refuse to start without an
explicit URL and key: a forgotten variable must not fall back to anything.
"""

from __future__ import annotations

import os
import re
import secrets
import string
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ModeConfigurationError

# The variables the client reads its URL and key from (its documented settings, README).
URL_VARIABLE = "DOKPLOY_API_URL"
KEY_VARIABLE = "DOKPLOY_API_KEY"

MODES = ("replay", "record", "live")
REPLAY_ORIGIN = "https://dokploy.invalid"
REPLAY_KEY = "replay-mode-has-no-key"
PREFIX_RE = re.compile(r"^ct-[a-z0-9]{6}-$")


_UNSAFE_SEGMENT_RE = re.compile(r"[^A-Za-z0-9_.-]+")


def safe_segment(name: str, fallback: str = "unknown") -> str:
    """One file-name segment from untrusted text (the server's version string, a test id).

    No separators, no ``..``, no leading dot, no absolute path: the result names a
    file or folder directly under its parent, whatever the server answered.
    """
    safe = _UNSAFE_SEGMENT_RE.sub("_", name).strip("._-")
    safe = re.sub(r"\.{2,}", ".", safe)
    return safe[:200] or fallback


def new_run_prefix() -> str:
    """``ct-<6 random chars>-``: marks everything one run creates."""
    alphabet = string.ascii_lowercase + string.digits
    return "ct-" + "".join(secrets.choice(alphabet) for _ in range(6)) + "-"


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", name))


def newest_recorded_version(root: Path) -> str | None:
    """The highest ``vX.Y.Z`` directory under the cassette root (replay's default)."""
    if not root.is_dir():
        return None
    versions = [p.name for p in root.iterdir() if p.is_dir() and re.match(r"^v?\d", p.name)]
    return max(versions, key=_version_key) if versions else None


@dataclass
class KitSettings:
    mode: str
    cassette_root: Path
    allowed_host_operations: frozenset[str] = frozenset()
    base_url: str = REPLAY_ORIGIN
    api_key: str = REPLAY_KEY
    version: str | None = None
    run_prefix: str = field(default_factory=new_run_prefix)

    @property
    def talks_to_server(self) -> bool:
        return self.mode in ("record", "live")

    @property
    def version_dir(self) -> Path:
        """The folder of this version's cassettes: the server's version string, made one safe name."""
        return self.cassette_root / safe_segment(self.version or "unrecorded", "unrecorded")


def build_settings(
    mode: str,
    cassette_root: Path,
    allow_host_ops: str | None,
    version: str | None,
    environ: dict[str, str] | None = None,
) -> KitSettings:
    """Settings for ``mode``; record/live without URL or key raise ``ModeConfigurationError``."""
    env = os.environ if environ is None else environ
    if mode not in MODES:
        raise ModeConfigurationError(f"--dokploy-mode must be one of {', '.join(MODES)}, not {mode!r}")
    allowed = frozenset(op.strip() for op in (allow_host_ops or "").split(",") if op.strip())
    settings = KitSettings(mode=mode, cassette_root=cassette_root, allowed_host_operations=allowed)
    if not settings.talks_to_server:
        settings.version = version or newest_recorded_version(cassette_root)
        return settings
    url, key = env.get(URL_VARIABLE, "").strip(), env.get(KEY_VARIABLE, "").strip()
    missing = [name for name, value in ((URL_VARIABLE, url), (KEY_VARIABLE, key)) if not value]
    if missing:
        raise ModeConfigurationError(
            f"--dokploy-mode={mode} calls a real Dokploy and needs {' and '.join(missing)}: "
            f"export {URL_VARIABLE}=https://your-staging-dokploy {KEY_VARIABLE}=<key created with "
            "rate limiting disabled>; or run the default replay mode, which needs neither"
        )
    settings.base_url, settings.api_key = url, key
    return settings

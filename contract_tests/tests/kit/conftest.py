"""What the kit's tests share: a kit session replaying from an empty cassette folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from dokploy_contract.session import KitSession
from dokploy_contract.settings import build_settings


@pytest.fixture
def replay_kit(tmp_path: Path) -> KitSession:
    """The kit in replay mode over ``tmp_path`` (no cassettes yet), reading no environment."""
    return KitSession(build_settings("replay", tmp_path, None, "v0.0.0", environ={}))

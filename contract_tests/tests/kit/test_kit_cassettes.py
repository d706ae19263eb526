"""The committed cassettes: no key, no cookies, a version on every one."""

from __future__ import annotations

import os
import re

import yaml
from support import REPO_ROOT

CASSETTES = REPO_ROOT / "cassettes"
# better-auth API keys: 64 letters and digits, mixed case (hex digests are lower case only).
KEY_SHAPE = re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{64}(?![A-Za-z0-9])"
)
FILES = sorted(CASSETTES.rglob("*.yaml"))


def test_there_are_cassettes() -> None:
    assert len(FILES) > 200


def test_no_cassette_holds_an_api_key_or_session() -> None:
    key = os.environ.get("DOKPLOY_API_KEY", "")
    for path in FILES:
        text = path.read_text()
        lowered = text.lower()
        assert "x-api-key" not in lowered and "cookie" not in lowered, path
        assert not KEY_SHAPE.search(text), f"{path}: something shaped like an API key"
        if key:
            assert key not in text, path


def test_every_cassette_names_its_dokploy_version() -> None:
    for path in FILES:
        data = yaml.safe_load(path.read_text())
        assert data["metadata"]["dokploy_version"] == path.relative_to(CASSETTES).parts[0], path

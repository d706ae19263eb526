"""Paths and helpers shared by the project's own tests (``generator/tests`` and ``contract_tests/tests``).

A module, not a ``conftest.py``: tests import these names, and pytest advises against importing
conftest modules (with one per test tree, ``import conftest`` would pick either). pytest puts this
folder on the import path (``pythonpath`` in pyproject.toml).
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from dokploy import AsyncDokploy, Dokploy
from dokploy._now import now

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared" / "dokploy"
GENERATED = REPO_ROOT / "generated"
CORRECTIONS = REPO_ROOT / "overrides" / "corrections"
TEST_DATA = REPO_ROOT / "contract_tests" / "tests" / "data"  # specs of older Dokploy versions


def shared_path(*parts: str) -> Path:
    """A file of ../shared/dokploy, or skip: a fresh clone has no shared data beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: reference data lives in ../shared/dokploy beside the checkout")
    return path


def small_spec() -> dict[str, Any]:
    """The locked spec cut to three routers: every kind of module, generated in a second or two."""
    import json

    from dokploy_codegen.build.tree import SPEC_FILE

    spec: dict[str, Any] = json.loads((GENERATED / SPEC_FILE).read_text())
    keep = ("/project.", "/environment.", "/docker.")
    spec["paths"] = {path: item for path, item in spec["paths"].items() if path.startswith(keep)}
    return spec


def tree_digest(root: Path) -> str:
    """One hash over every file's path and bytes, to prove a tree did not change."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


CLIENTS = ("sync", "async")  # ``pytest.mark.parametrize("kind", CLIENTS)``: one test body, both clients


def on_client(
    kind: str,
    scenario: Callable[[Any], Any],
    handler: Callable[[httpx.Request], httpx.Response] | None = None,
    *,
    base_url: str = "http://dokploy.test",
    **options: Any,
) -> Any:
    """``scenario(client)`` on a ``Dokploy`` (``kind="sync"``) or an ``AsyncDokploy``; what it
    returns is awaited for the async client, so one scenario is written for both. The
    client talks to ``handler`` (a mock transport) or, without one, to ``base_url``.

    A scenario of several calls is an ``async def`` awaiting each through ``settle``: on
    the sync client nothing in it suspends, so it completes without an event loop."""
    if kind == "sync":
        sync_client = None if handler is None else httpx.Client(transport=httpx.MockTransport(handler))
        with Dokploy(base_url=base_url, api_key="key", http_client=sync_client, **options) as client:
            outcome = scenario(client)
            return now(outcome) if inspect.iscoroutine(outcome) else outcome

    async def main() -> Any:
        async_client = None if handler is None else httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncDokploy(
            base_url=base_url, api_key="key", http_client=async_client, **options
        ) as client:
            result = scenario(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


async def settle(value: Any) -> Any:
    """A call's result on either client: awaited if the async client returned an awaitable."""
    return await value if inspect.isawaitable(value) else value


def mock_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> Dokploy:
    """A real ``Dokploy`` whose transport is ``handler``: the whole stack but the socket."""
    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    return Dokploy(base_url="http://dokploy.test", api_key="key", http_client=http_client, **kwargs)  # type: ignore[arg-type]

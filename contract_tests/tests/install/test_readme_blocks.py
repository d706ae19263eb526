"""The README's "Workflows in Python" blocks: safe to run on someone's server, and typed.

Offline: no block picks "the first" project or application of whatever server
it meets (they act on APP_ID / PROJECT_ID or on what they create), and every
block passes ``mypy --strict`` as it is. Live (``DOKPLOY_README_LIVE=1`` with
``DOKPLOY_API_URL`` / ``DOKPLOY_API_KEY``; hold the server's lock): every block
runs against a fixture project, next to a bystander project created first that
must come out unchanged, and everything created is removed afterwards.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from support import REPO_ROOT

README = REPO_ROOT / "README.md"
FIRST_OF_ANYTHING = re.compile(r"(overview\(\)|\.all\(\)|applications|environments|compose)\s*\[\s*0\s*\]")


def workflow_blocks() -> list[tuple[str, str]]:
    """(heading, code) of every python block in the section."""
    section = README.read_text().split("## Workflows in Python", 1)[1].split("\n## ", 1)[0]
    blocks: list[tuple[str, str]] = []
    title = "Workflows in Python"
    for part in re.split(r"(^### .*$)", section, flags=re.M):
        if part.startswith("### "):
            title = part[4:].strip()
            continue
        blocks.extend((title, code) for code in re.findall(r"```python\n(.*?)```", part, flags=re.S))
    return blocks


BLOCKS = workflow_blocks()


def test_the_section_has_its_blocks() -> None:
    assert len(BLOCKS) >= 9


@pytest.mark.parametrize(("title", "code"), BLOCKS, ids=[t for t, _ in BLOCKS])
def test_no_block_acts_on_the_first_thing_it_finds(title: str, code: str) -> None:
    compile(code, title, "exec")
    assert not FIRST_OF_ANYTHING.search(code), f"{title}: selects by position; select by id or name"


def test_every_block_passes_mypy_strict(mypy: list[str], tmp_path: Path) -> None:
    files = []
    for number, (_, code) in enumerate(BLOCKS):
        path = tmp_path / f"readme_block_{number}.py"
        path.write_text(code)
        files.append(str(path))
    result = subprocess.run(
        [*mypy, *files],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    os.environ.get("DOKPLOY_README_LIVE") != "1", reason="set DOKPLOY_README_LIVE=1 to run live"
)
def test_blocks_run_live_and_touch_nothing_they_did_not_create() -> None:
    from dokploy import Dokploy

    client = Dokploy()
    before = {p.project_id for p in client.project.all()}
    tag = uuid.uuid4().hex[:6]
    bystander = client.project.create(name=f"readme-bystander-{tag}", description="must stay untouched")
    by_app = client.application.create(name=f"bystander-{tag}", project_id=bystander.project)

    def bystander_state() -> Any:
        return (
            client.project.one(project_id=bystander.project.project_id).to_dict(),
            client.application.one(application_id=by_app.application_id).to_dict(),
            [d.to_dict() for d in client.application.deployments(by_app.application_id)],
            [d.to_dict() for d in client.domain.by_application_id(application_id=by_app.application_id)],
        )

    untouched = bystander_state()
    try:
        fixture = client.project.create(name=f"readme-fixture-{tag}", description="README blocks")
        app = client.application.create(name=f"readme-app-{tag}", project_id=fixture.project)
        client.application.save_docker_provider(
            application_id=app.application_id,
            docker_image="nginx:alpine",
            username=None,
            password=None,
            registry_url=None,
        )
        env = {**os.environ, "APP_ID": app.application_id, "PROJECT_ID": fixture.project.project_id}
        failed = []
        for title, code in BLOCKS:
            run = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=900
            )
            if run.returncode != 0:
                failed.append(f"{title}: {(run.stderr.strip().splitlines() or ['?'])[-1]}")
        assert not failed, failed
        assert bystander_state() == untouched
    finally:
        for project in client.project.all():
            if project.project_id not in before:
                client.project.remove(project_id=project.project_id)

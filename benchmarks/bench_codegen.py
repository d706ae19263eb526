"""Generation time and cold-start cost against stock openapi-python-client output.

Both sides are measured in the same run, alternating, on the locked spec:

1. ``dokploy-codegen generate`` vs ``openapi-python-client generate`` (target ratio <= 0.5), as
   wall time and as CPU time (the steadier one when other work shares the machine). Stock runs
   as its users run it, with the ruff it depends on on ``PATH``, so its default post-hooks
   (``ruff check --fix-only``, ``ruff format``) format its output as ours is formatted. The
   earlier baseline, stock with ``PATH`` lacking ruff (it warns "ruff is not in PATH" and
   leaves its output unformatted), is still printed, for comparison with older figures;
2. a fresh Python process importing the client and making its first typed call
   (``project.one`` against a loopback server) vs the same with stock output
   (target ratio <= 0.15), both with trio blocked (see ``NO_TRIO``).

Run: ``python benchmarks/bench_codegen.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from loopback_server import serve

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "generated" / "spec.json"
BIN = Path(sys.executable).parent

PROJECT = {
    "projectId": "p1",
    "name": "bench",
    "description": None,
    "createdAt": "2026-11-29T01:13:45.187Z",
    "organizationId": "o1",
    "env": "",
    "environments": [
        {
            "environmentId": "e1",
            "name": "production",
            "description": "Production environment",
            "createdAt": "2026-11-29T01:13:45.188Z",
            "env": "",
            "projectId": "p1",
            "isDefault": True,
            "applications": [],
            "compose": [],
            "libsql": [],
            "mariadb": [],
            "mongo": [],
            "mysql": [],
            "postgres": [],
            "redis": [],
        }
    ],
    "projectTags": [],
}

# trio is in the dev extras, and httpcore imports it whenever it is installed (~0.06-0.13 s on
# both sides); a user's interpreter seldom has it, so both first calls run with it blocked.
NO_TRIO = "import sys; sys.modules['trio'] = None\n"

OURS_CALL = (
    NO_TRIO
    + """
from dokploy import Dokploy
client = Dokploy(base_url={url!r}, api_key="k")
project = client.project.one(project_id="p1")
assert project.environments[0].environment_id == "e1", project
"""
)

STOCK_CALL = (
    NO_TRIO
    + """
from stock_client.client import AuthenticatedClient
from stock_client.api.project import project_one
client = AuthenticatedClient(base_url={url!r} + "/api", token="k")
project_one.sync(client=client, project_id="p1")
"""
)


def _timed(command: list[str], **kwargs: object) -> float:
    return _measured(command, **kwargs)[0]


def _measured(command: list[str], **kwargs: object) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the process and its children) of one run.

    CPU time barely moves when other work shares the machine; wall time does, so on a
    loaded machine the CPU ratio is the one to compare.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **kwargs)  # type: ignore[call-overload]
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _stock_generate(out: Path) -> list[str]:
    return [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
    ]


def _with_ruff_on_path() -> dict[str, str]:
    return {**os.environ, "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "")])}


def _without_ruff_on_path() -> dict[str, str]:
    """PATH minus every folder that has a ``ruff``: stock then skips its post-hooks."""
    folders = os.environ.get("PATH", "").split(os.pathsep)
    kept = [f for f in folders if f and not shutil.which("ruff", path=f)]
    return {**os.environ, "PATH": os.pathsep.join(kept)}


def _ours_generate(out: Path) -> list[str]:
    return [str(BIN / "dokploy-codegen"), "generate", "--spec", str(SPEC), "--output", str(out)]


def _environments(work: Path) -> list[tuple[str, dict[str, str]]]:
    """Both ways a user's interpreter may run: without and with cached bytecode.

    This machine (and CI) sets PYTHONDONTWRITEBYTECODE=1, so every process compiles
    what it imports; an installed package normally has its bytecode cached.
    """
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base["PYTHONPATH"] = str(work)
    no_cache = {**base, "PYTHONDONTWRITEBYTECODE": "1"}
    for root in (REPO / "generated", REPO / "overrides", work):
        for cache in root.rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
    return [("no bytecode cache", no_cache), ("bytecode cached", base)]


def _count(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*.py") if "__pycache__" not in p.parts]
    return len(files), sum(len(p.read_text().splitlines()) for p in files)


def _report(name: str, ours: list[float], stock: list[float], target: float) -> None:
    a, b = statistics.median(ours), statistics.median(stock)
    verdict = "ok" if a / b <= target else "MISSED"
    print(f"{name}: ours {a:.3f}s, stock {b:.3f}s, ratio {a / b:.3f} (target <= {target}) {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    work = Path(tempfile.mkdtemp(prefix="dokploy-bench-"))
    try:
        ours_out, stock_out = work / "ours", work / "stock_client"
        unformatted_out = work / "stock_unformatted"
        gen_ours: list[tuple[float, float]] = []
        gen_stock: list[tuple[float, float]] = []
        gen_unformatted: list[tuple[float, float]] = []
        for _ in range(rounds):
            gen_stock.append(_measured(_stock_generate(stock_out), env=_with_ruff_on_path()))
            gen_ours.append(_measured(_ours_generate(ours_out)))
            gen_unformatted.append(_measured(_stock_generate(unformatted_out), env=_without_ruff_on_path()))
        _report("generate (wall)", [w for w, _ in gen_ours], [w for w, _ in gen_stock], 0.5)
        _report("generate (cpu)", [c for _, c in gen_ours], [c for _, c in gen_stock], 0.5)
        _report(
            "generate (wall) vs stock without its post-hooks",
            [w for w, _ in gen_ours],
            [w for w, _ in gen_unformatted],
            0.5,
        )
        ours_files, ours_lines = _count(ours_out / "dokploy_api")
        stock_files, stock_lines = _count(stock_out)
        raw_files, raw_lines = _count(unformatted_out)
        print(
            f"size: ours {ours_files} files / {ours_lines} lines; stock {stock_files} / {stock_lines}"
            f" (without its post-hooks {raw_files} / {raw_lines})"
        )

        with serve(json.dumps(PROJECT).encode()) as url:
            for label, env in _environments(work):
                # One warm-up each (writes bytecode where allowed, warms the page cache).
                for code in (OURS_CALL, STOCK_CALL):
                    _timed([sys.executable, "-c", code.format(url=url)], env=env)
                cold_ours: list[float] = []
                cold_stock: list[float] = []
                for _ in range(rounds):
                    cold_stock.append(_timed([sys.executable, "-c", STOCK_CALL.format(url=url)], env=env))
                    cold_ours.append(_timed([sys.executable, "-c", OURS_CALL.format(url=url)], env=env))
                _report(f"import + first call ({label})", cold_ours, cold_stock, 0.15)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

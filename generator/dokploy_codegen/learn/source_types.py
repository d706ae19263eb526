"""Response types from Dokploy's own TypeScript source (``dokploy-codegen learn --source DIR``).

Traffic shows what a server answered once; the source says what every answer of an
operation can be. ``generator/extractor/extract.js`` (the ``typescript`` 5.x compiler API,
pinned in its ``package.json``) finds the root ``appRouter``, types each ``return`` of each
resolver on its own and prints JSON Schema per procedure. This module runs it and stores the
result as correction data, ``overrides/corrections/source/<version>.json``: facts about the
API, no file of Dokploy. The format is described in :data:`FORMAT`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import CodegenError

EXTRACTOR_DIR = Path(__file__).resolve().parents[2] / "extractor"
EXTRACTOR = EXTRACTOR_DIR / "extract.js"
SOURCE_DIR = "source"
FORMAT = 1
DEFAULT_BUDGET = 20000
"""Schema nodes one procedure may produce before it stays JSON (Stripe's types expand forever)."""

# Where a Dokploy checkout keeps its server app, relative to the checkout.
APP = Path("apps") / "dokploy"
ENTRY = APP / "server" / "api" / "root.ts"

Operations = dict[str, dict[str, Any]]


class SourceError(CodegenError):
    """The Dokploy checkout, node, or the extractor cannot be used."""


@dataclass(frozen=True)
class SourceTypes:
    """What the extractor derived for one Dokploy version."""

    version: str
    extractor: dict[str, Any]
    stats: dict[str, Any]
    operations: Operations
    skipped: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "dokploy_version": self.version,
            "extractor": self.extractor,
            "operations": self.operations,
            "skipped": self.skipped,
        }

    def counts(self) -> dict[str, int]:
        typed = sum(1 for e in self.operations.values() if e["status"] == "typed")
        return {
            "procedures": len(self.operations) + len(self.skipped),
            "typed": typed,
            "json": len(self.operations) - typed,
            "skipped": len(self.skipped),
        }

    def render(self) -> str:
        c = self.counts()
        lines = [
            f"source types for Dokploy {self.version}: {c['procedures']} procedures, "
            f"{c['typed']} typed, {c['json']} JSON, {c['skipped']} skipped "
            f"({self.stats.get('seconds')} s, {self.stats.get('rss_mb')} MB)"
        ]
        for name, entry in self.operations.items():
            if entry["status"] == "json":
                lines.append(f"  JSON {name}: {entry['reason']}")
        lines.extend(f"note: {p}" for p in self.stats.get("problems", []))
        return "\n".join(lines)


def node_executable() -> str | None:
    """The ``node`` to run, or None when there is none (``$DOKPLOY_NODE`` overrides)."""
    return os.environ.get("DOKPLOY_NODE") or shutil.which("node")


def typescript_module() -> Path | None:
    """The ``typescript`` package the extractor loads, or None when it is not installed."""
    given = os.environ.get("DOKPLOY_EXTRACTOR_TYPESCRIPT")
    candidate = Path(given) if given else EXTRACTOR_DIR / "node_modules" / "typescript"
    return candidate if (candidate / "package.json").is_file() else None


def missing_requirement() -> str | None:
    """Why the extractor cannot run here (one line saying what to do), or None."""
    if node_executable() is None:
        return "node is not installed (need Node.js >= 18 on PATH, or $DOKPLOY_NODE)"
    if typescript_module() is None:
        return f"the extractor's dependencies are missing: run `npm ci --prefix {EXTRACTOR_DIR}`"
    return None


def run_extractor(
    tsconfig: Path,
    entry: Path,
    *,
    router: str = "appRouter",
    budget: int = DEFAULT_BUDGET,
    root: Path | None = None,
    timeout: float = 900.0,
) -> dict[str, Any]:
    """Run ``extract.js`` over one TypeScript project; its JSON document, parsed.

    Source locations in it are relative to ``root`` (default: the tsconfig's folder).
    """
    why = missing_requirement()
    if why:
        raise SourceError(why)
    node = node_executable()
    ts = typescript_module()
    assert node is not None and ts is not None
    cmd = [node, "--max-old-space-size=6144", str(EXTRACTOR)]
    cmd += ["--tsconfig", str(tsconfig), "--entry", str(entry), "--router", router, "--budget", str(budget)]
    if root is not None:
        cmd += ["--root", str(root)]
    env = {**os.environ, "DOKPLOY_EXTRACTOR_TYPESCRIPT": str(ts)}
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        raise SourceError(f"the extractor took longer than {timeout:.0f} s over {entry}") from exc
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise SourceError(f"the extractor failed over {entry}: {last}")
    try:
        doc: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError as exc:
        raise SourceError(f"the extractor printed no JSON document: {exc}") from exc
    return doc


def dokploy_version(source: Path) -> str:
    """``v0.30.2`` from the checkout's ``apps/dokploy/package.json``."""
    try:
        version = json.loads((source / APP / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError) as exc:
        raise SourceError(f"{source} is not a Dokploy checkout (no {APP / 'package.json'} version)") from exc
    return version if str(version).startswith("v") else f"v{version}"


def check_checkout(source: Path) -> None:
    """A Dokploy checkout with its dependencies installed, or a one-line error saying what to do."""
    if not (source / ENTRY).is_file():
        raise SourceError(f"{source} is not a Dokploy checkout: no {ENTRY}")
    if not (source / "node_modules").is_dir():
        raise SourceError(f"{source} has no node_modules: run `pnpm install` in it first")


def extract(source: Path, *, budget: int = DEFAULT_BUDGET) -> SourceTypes:
    """The output schema of every procedure of the Dokploy checkout at ``source``."""
    source = source.resolve()
    check_checkout(source)
    doc = run_extractor(source / APP / "tsconfig.json", source / ENTRY, budget=budget, root=source)
    return from_document(doc, dokploy_version(source))


def from_document(doc: dict[str, Any], version: str) -> SourceTypes:
    """Turn the extractor's document into correction data (subscriptions set aside)."""
    operations: Operations = {}
    skipped: dict[str, str] = {}
    for name, proc in sorted(doc["procedures"].items()):
        if proc["status"] == "skipped":
            skipped[name] = proc["reason"]
            continue
        entry: dict[str, Any] = {"status": proc["status"], "kind": proc["kind"], "at": proc["at"]}
        if proc["status"] == "typed":
            entry["schema"] = {"$schema": "https://json-schema.org/draft/2020-12/schema", **proc["schema"]}
            for key in ("empty", "any", "notes"):
                if key in proc:
                    entry[key] = proc[key]
        else:
            entry["reason"] = proc["reason"]
        operations[name] = entry
    stats = dict(doc.get("stats", {}))
    extractor = {**doc.get("extractor", {}), "format": FORMAT}
    extractor["drizzle_made_nullable"] = stats.get("drizzle_made_nullable", [])
    extractor["problems"] = stats.get("problems", [])
    return SourceTypes(version, extractor, stats, operations, skipped)


def source_file(corrections_dir: Path, version: str) -> Path:
    return corrections_dir / SOURCE_DIR / f"{version}.json"


def write(types: SourceTypes, corrections_dir: Path) -> Path:
    """Store ``types`` as ``<corrections>/source/<version>.json`` (atomically)."""
    path = source_file(corrections_dir, types.version)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(types.to_json(), indent=1, sort_keys=False, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def load(corrections_dir: Path, version: str) -> dict[str, Any] | None:
    """The stored source types for ``version``, or None when none were derived."""
    path = source_file(corrections_dir, version)
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def learn_from_source(source: Path, corrections_dir: Path, *, budget: int = DEFAULT_BUDGET) -> SourceTypes:
    """``learn --source``: derive and store the source types; the caller prints ``render()``."""
    types = extract(source, budget=budget)
    write(types, corrections_dir)
    return types
